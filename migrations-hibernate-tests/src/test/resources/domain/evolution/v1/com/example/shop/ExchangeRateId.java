package com.example.shop;

import java.io.Serializable;
import java.time.LocalDate;

public class ExchangeRateId implements Serializable {

    private String baseCurrency;
    private String quoteCurrency;
    private LocalDate day;
}
