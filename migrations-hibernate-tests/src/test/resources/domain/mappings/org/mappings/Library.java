package org.mappings;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

/** Declared constraints on the tables of a one-to-many set and of an ordered list. */
@Entity
public class Library {
    @Id Long id;

    @OneToMany
    @JoinTable(name = "library_readers", inverseJoinColumns = @JoinColumn(name = "reader_ref"),
            uniqueConstraints = @UniqueConstraint(columnNames = {"Library_id", "reader_ref"}))
    Set<Reader> readers;

    @ElementCollection
    @OrderColumn(name = "pos")
    @CollectionTable(name = "library_rooms", uniqueConstraints = @UniqueConstraint(columnNames = {"room"}))
    @Column(name = "room")
    List<String> rooms;
}
