package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/** Audit columns and optimistic locking shared by most tables. */
@MappedSuperclass
public abstract class BaseEntity {

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private LocalDateTime updatedAt;
}
