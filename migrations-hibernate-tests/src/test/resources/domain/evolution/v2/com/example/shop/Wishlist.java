package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Wishlist {

    @Id
    @GeneratedValue
    private Long id;

    private String title;

    @ManyToOne(optional = false)
    private Customer owner;

    /** Unidirectional: Hibernate maps it through a join table. */
    @OneToMany
    private List<Product> products;
}
