package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class EmailNotification extends Notification {

    @Column(nullable = false)
    private String subject;

    @Column(length = 4000)
    private String body;
}
