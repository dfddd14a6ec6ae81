package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.time.LocalDateTime;
import java.util.UUID;

@Entity
public class Shipment {

    @Id
    @GeneratedValue
    private Long id;

    @OneToOne
    @JoinColumn(name = "order_ref", nullable = false)
    private Order order;

    @ManyToOne
    private Warehouse warehouse;

    private UUID trackingId;

    @Column(length = 50)
    private String carrier;

    private LocalDateTime shippedAt;
}
