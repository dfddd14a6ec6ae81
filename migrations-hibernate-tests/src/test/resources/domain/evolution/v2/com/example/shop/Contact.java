package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person to call at a supplier. */
@Embeddable
public class Contact {

    @Column(name = "contact_name", nullable = false, length = 120)
    private String name;

    private String email;

    @Column(length = 30)
    private String phone;
}
