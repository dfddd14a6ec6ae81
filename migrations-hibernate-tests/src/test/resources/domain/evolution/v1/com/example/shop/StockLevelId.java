package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class StockLevelId implements Serializable {

    @Column(length = 10)
    private String warehouseCode;

    @Column(length = 40)
    private String productSku;
}
