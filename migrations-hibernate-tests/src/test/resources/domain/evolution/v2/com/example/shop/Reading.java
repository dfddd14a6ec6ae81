package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A meter reading; the table that holds thousands of rows while its columns change type. */
@Entity
public class Reading {

    @Id
    private Long id;

    private Long amount;

    @Column(length = 60)
    private String label;
}
