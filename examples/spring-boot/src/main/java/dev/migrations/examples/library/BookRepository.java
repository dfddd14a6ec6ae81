package dev.migrations.examples.library;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The books, through Spring Data JPA. */
public interface BookRepository extends JpaRepository<Book, Long> {

    Optional<Book> findByIsbn(String isbn);
}
