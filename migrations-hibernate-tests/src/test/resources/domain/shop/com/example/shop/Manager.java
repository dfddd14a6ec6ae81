package com.example.shop;

import jakarta.persistence.Entity;
import java.math.BigInteger;

@Entity
public class Manager extends Employee {

    private BigInteger budgetCents;

    private long reportsCount;
}
