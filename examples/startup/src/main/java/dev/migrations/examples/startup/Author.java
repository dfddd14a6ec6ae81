package dev.migrations.examples.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone who wrote books. The application never loads entities through an ORM: the annotations are read at
 * compile time by the annotation processor, which writes the schema to {@code META-INF/migrations/model.json}.
 */
@Entity
@Table(name = "author")
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    protected Author() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
