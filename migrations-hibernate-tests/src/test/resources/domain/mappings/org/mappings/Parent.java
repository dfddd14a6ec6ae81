package org.mappings;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Parent {
    @Id Long id;
    String name;

    /** A declared unique constraint replaces the set's primary key. */
    @ElementCollection
    @CollectionTable(name = "parent_tags", uniqueConstraints = @UniqueConstraint(columnNames = {"tag"}),
            indexes = @Index(columnList = "tag"))
    @Column(name = "tag", length = 30, nullable = false)
    Set<String> tags;

    @ElementCollection
    @CollectionTable(name = "parent_labels", uniqueConstraints = @UniqueConstraint(columnNames = {"label"}))
    @Column(name = "label")
    Set<String> labels;

    @ManyToMany
    @JoinTable(name = "parent_friends", inverseJoinColumns = @JoinColumn(name = "friend_ref"),
            uniqueConstraints = @UniqueConstraint(name = "uk_parent_friend", columnNames = {"friend_ref"}),
            indexes = @Index(name = "ix_parent_friend", columnList = "friend_ref"))
    Set<Parent> friends;
}
