package dev.migrations.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A JPA application with the starter on its class path, started for real by the tests. */
@SpringBootApplication
public class NotesApplication {
}
