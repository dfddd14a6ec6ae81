package com.example.shop;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** Where a site is: an embeddable that nests another. */
@Embeddable
public class Location {

    @Embedded
    private GeoPoint point;

    private String directions;
}
