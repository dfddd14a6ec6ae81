package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class SmsNotification extends Notification {

    @Column(length = 20, nullable = false)
    private String phoneNumber;

    @Column(length = 160)
    private String text;
}
