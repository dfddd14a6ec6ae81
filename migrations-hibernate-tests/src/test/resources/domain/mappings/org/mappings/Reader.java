package org.mappings;

import jakarta.persistence.*;

@Entity
public class Reader {
    @Id Long id;
    String name;
}
