package dev.migrations.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A book of the library. Its table is created by the revisions in src/main/resources/db/migrations*. */
@Entity
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, unique = true, length = 17)
    private String isbn;

    private LocalDate publishedOn;

    @Column(length = 120)
    private String author;

    protected Book() {
    }

    public Book(String title, String isbn, LocalDate publishedOn) {
        this.title = title;
        this.isbn = isbn;
        this.publishedOn = publishedOn;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getIsbn() {
        return isbn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }
}
