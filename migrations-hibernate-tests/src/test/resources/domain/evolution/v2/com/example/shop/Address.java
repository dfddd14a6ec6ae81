package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded wherever one is needed. */
@Embeddable
public class Address {

    private String street;

    @Column(length = 80)
    private String city;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 2, columnDefinition = "char(2)")
    private String countryCode;

    /** Primitives inside an embeddable stay nullable. */
    private int floor;
}
