package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("TRANSFER")
public class BankTransferPayment extends Payment {

    @Column(length = 34)
    private String iban;

    private String reference;
}
