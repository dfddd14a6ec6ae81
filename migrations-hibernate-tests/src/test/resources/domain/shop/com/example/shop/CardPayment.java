package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

    /** Not null in the entity, but single-table subclass columns stay nullable. */
    @Column(length = 4, nullable = false)
    private String cardLast4;

    private short expiryMonth;

    private short expiryYear;
}
