package com.example.shop;

public enum ProductStatus { DRAFT, ACTIVE, DISCONTINUED }
