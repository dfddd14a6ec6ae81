package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import java.math.BigInteger;

@Entity
@PrimaryKeyJoinColumn(name = "employee_id")
public class Manager extends Employee {

    private BigInteger budgetCents;

    private long reportsCount;
}
