package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@IdClass(ExchangeRateId.class)
public class ExchangeRate {

    @Id
    @Column(length = 3)
    private String baseCurrency;

    @Id
    @Column(length = 3)
    private String quoteCurrency;

    @Id
    private LocalDate day;

    @Column(precision = 18, scale = 8, nullable = false)
    private BigDecimal rate;
}
