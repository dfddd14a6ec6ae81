package dev.migrations.examples.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One start of the application, recorded by the application itself (the second revision added this table). */
@Entity
@Table(name = "app_start")
public class AppStart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@code production} or {@code development}. */
    @Column(nullable = false, length = 20)
    private String mode;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    protected AppStart() {
    }

    public Long getId() {
        return id;
    }

    public String getMode() {
        return mode;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }
}
