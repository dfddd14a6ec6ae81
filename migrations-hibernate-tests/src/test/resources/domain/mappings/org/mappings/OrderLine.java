package org.mappings;

import jakarta.persistence.*;

/** Part of the embedded identifier is derived from the order. */
@Entity
public class OrderLine {
    @EmbeddedId OrderLineId id;
    @MapsId("orderId") @ManyToOne PurchaseOrder order;
    String product;
}
