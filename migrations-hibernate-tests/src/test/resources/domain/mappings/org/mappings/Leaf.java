package org.mappings;

import jakarta.persistence.*;

/** A joined subclass naming the foreign key to its parent table. */
@Entity
@PrimaryKeyJoinColumn(name = "node_ref", foreignKey = @ForeignKey(name = "fk_leaf_node"))
public class Leaf extends Node {
    int weight;
}
