package dev.migrations.it.shop;

public enum CustomerStatus {
    ACTIVE,
    BLOCKED
}
