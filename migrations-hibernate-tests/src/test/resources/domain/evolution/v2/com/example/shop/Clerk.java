package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Clerk extends Employee {

    @ManyToOne
    private Warehouse warehouse;

    private Short shiftNumber;
}
