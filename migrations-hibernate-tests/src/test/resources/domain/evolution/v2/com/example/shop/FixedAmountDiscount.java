package com.example.shop;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class FixedAmountDiscount extends Discount {

    private BigDecimal amount;
}
