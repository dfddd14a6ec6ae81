package org.mappings;

import jakarta.persistence.*;
import java.util.Map;

/** Maps keyed by an entity. */
@Entity
public class Shelf {
    @Id Long id;

    @ManyToMany
    @MapKeyJoinColumn(name = "reader_key")
    Map<Reader, Reader> pairs;

    @ElementCollection
    @MapKeyJoinColumn(name = "reader_ref")
    Map<Reader, String> notes;

    @ElementCollection
    Map<Reader, Integer> ratings;
}
