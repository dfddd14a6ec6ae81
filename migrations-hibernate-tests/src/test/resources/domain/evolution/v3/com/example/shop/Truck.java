package com.example.shop;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("1")
public class Truck extends Asset {

    private String licensePlate;

    private Integer payloadKg;
}
