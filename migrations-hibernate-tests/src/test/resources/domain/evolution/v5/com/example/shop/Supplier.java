package com.example.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.NaturalId;
import java.util.Set;

@Entity
@Table(name = "suppliers")
public class Supplier extends BaseEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 150)
    private String companyName;

    @NaturalId
    @Column(length = 20)
    private String vatNumber;

    @ManyToMany
    private Set<Product> suppliedProducts;

    @ElementCollection
    @CollectionTable(name = "supplier_contacts")
    @AttributeOverride(name = "email", column = @Column(name = "contact_email", length = 120))
    private List<Contact> contacts;

    @OneToMany
    @JoinTable(name = "supplier_warehouses",
            joinColumns = @JoinColumn(name = "supplier_id"),
            inverseJoinColumns = @JoinColumn(name = "warehouse_code"))
    @OrderColumn(name = "position")
    private List<Warehouse> deliversTo;
}
