package dev.migrations.examples.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Someone enrolled at the school. */
@Entity
@Table(name = "student")
public class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    // added after the two committed revisions: `mvn migrations:revision -Dmigrations.autogenerate` writes its SQL
    @Column(length = 120)
    private String email;

    protected Student() {
    }

    public Student(String name, LocalDate enrolledOn) {
        this.name = name;
        this.enrolledOn = enrolledOn;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
