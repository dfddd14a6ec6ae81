package com.example.shop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "suppliers")
public class Supplier extends BaseEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 150)
    private String companyName;

    private String vatNumber;

    @ManyToMany
    private Set<Product> suppliedProducts;

    @ElementCollection
    @CollectionTable(name = "supplier_contacts")
    private List<Contact> contacts;
}
