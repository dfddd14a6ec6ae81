package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import java.time.ZonedDateTime;

@Entity
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "warehouse_code", referencedColumnName = "warehouseCode"),
            @JoinColumn(name = "product_sku", referencedColumnName = "productSku")
    })
    private StockLevel stockLevel;

    private int delta;

    private ZonedDateTime movedAt;
}
