package com.example.shop;

import jakarta.persistence.Entity;

@Entity
public class PercentageDiscount extends Discount {

    private Byte percent;
}
