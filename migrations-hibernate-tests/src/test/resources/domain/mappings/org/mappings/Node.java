package org.mappings;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Node {
    @Id Long id;
    String label;
}
