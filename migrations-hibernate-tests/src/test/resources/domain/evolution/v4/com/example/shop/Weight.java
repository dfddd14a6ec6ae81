package com.example.shop;

/** A weight in grams, stored as an integer through {@link WeightConverter}. */
public record Weight(int grams) {
}
