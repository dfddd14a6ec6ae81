package com.example.shop;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;

/** How many units of a product a warehouse holds. */
@Entity
public class StockLevel {

    @EmbeddedId
    private StockLevelId id;

    private int quantity;

    private OffsetDateTime countedAt;
}
