package dev.migrations.it.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

@Entity
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 100)
    String name;

    @Column(unique = true)
    String email;

    @Enumerated(EnumType.STRING)
    CustomerStatus status;

    boolean active;

    LocalDateTime createdAt;

    @Column(length = 30)
    String phone;
}
