package org.mappings;

import jakarta.persistence.*;

@Entity
public class Customer {
    @Id Long id;
    String name;
}
