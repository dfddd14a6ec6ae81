package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A meter reading; the table that holds thousands of rows while its columns change type. */
@Entity
public class Reading {

    @Id
    private Long id;

    private Integer amount;

    @Column(length = 20)
    private String label;
}
