package org.mappings;

import jakarta.persistence.*;

@Entity
public class PurchaseOrder {
    @Id Long id;
    String customer;
}
