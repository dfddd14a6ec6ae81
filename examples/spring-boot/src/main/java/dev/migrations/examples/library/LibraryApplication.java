package dev.migrations.examples.library;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The library. {@code mvn spring-boot:run} starts it on SQLite ({@code library.db} in the working directory);
 * {@code -Dspring-boot.run.profiles=postgresql} or {@code mariadb} on the local servers.
 */
@SpringBootApplication
public class LibraryApplication {

    public static void main(String[] args) {
        SpringApplication.run(LibraryApplication.class, args);
    }
}
