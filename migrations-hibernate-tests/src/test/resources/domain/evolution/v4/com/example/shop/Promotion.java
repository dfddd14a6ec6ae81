package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A time-limited price cut on one product (added in v2, dropped in v5). */
@Entity
@Table(indexes = @Index(name = "idx_promotion_starts", columnList = "startsOn"),
        uniqueConstraints = @UniqueConstraint(columnNames = {"product_id", "startsOn"}))
public class Promotion {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true, length = 24)
    private String code;

    @ManyToOne(optional = false)
    private Product product;

    @Column(precision = 5, scale = 2)
    private BigDecimal percentOff;

    private LocalDate startsOn;
}
