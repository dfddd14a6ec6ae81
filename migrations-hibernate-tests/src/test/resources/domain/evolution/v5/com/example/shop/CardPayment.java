package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

    /**
     * Nullable: Hibernate 7 makes a single-table subclass's {@code nullable = false} column NOT NULL, which
     * would refuse every other payment kind's row.
     */
    @Column(length = 4)
    private String cardLast4;

    private Short expiryMonth;

    private Short expiryYear;
}
