package dev.migrations.spring.boot.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The test application's one entity; its table comes from src/test/resources/db/migrations. */
@Entity
public class Note {

    // Integer, not Long: SQLite's generated key is an "integer primary key", which Hibernate's validator takes for
    // an Integer only (docs/autogenerate-verification.md, and the SQLite dialect of examples/spring-boot)
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, length = 200)
    private String text;

    protected Note() {
    }

    public Note(String text) {
        this.text = text;
    }

    public Integer getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
