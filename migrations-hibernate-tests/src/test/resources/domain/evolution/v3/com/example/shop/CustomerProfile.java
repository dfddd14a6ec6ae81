package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;

/** Optional extra data about a customer, one row per customer. */
@Entity
public class CustomerProfile {

    @Id
    @GeneratedValue
    private Long id;

    @OneToOne(optional = false)
    private Customer customer;

    @Lob
    private byte[] avatar;

    private String nickname;

    private char preferredSize;

    private Character shoeSizeLetter;
}
