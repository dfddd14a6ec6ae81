package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A meter reading; the table that holds thousands of rows while its columns change type. */
@Entity
@Table(indexes = @Index(name = "idx_reading_label", columnList = "label"))
public class Reading {

    @Id
    private Long id;

    private Long amount;

    @Column(length = 60)
    private String label;

    private String note;
}
