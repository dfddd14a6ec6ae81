package com.example.shop;

public enum Interest { BOOKS, GARDEN, TOYS, ELECTRONICS }
