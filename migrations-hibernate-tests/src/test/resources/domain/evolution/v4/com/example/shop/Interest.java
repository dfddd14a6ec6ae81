package com.example.shop;

public enum Interest { BOOKS, GARDEN, ELECTRONICS }
