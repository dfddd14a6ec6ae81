package com.example.shop;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("2")
public class Forklift extends Asset {

    private Integer liftHeightCm;
}
