package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import java.time.LocalDate;

/** Single-table inheritance with Hibernate's default discriminator column. */
@Entity
@Inheritance
public class Discount {

    @Id
    @GeneratedValue
    private Long id;

    private String label;

    private LocalDate validUntil;
}
