package com.example.shop;

public enum LoyaltyTier { BRONZE, SILVER, GOLD, PLATINUM }
