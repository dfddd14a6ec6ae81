package com.example.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "customers")
public class Customer extends BaseEntity {

    static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 80)
    private String firstName;

    @NotBlank
    @Size(min = 1, max = 100)
    private String lastName;

    @Column(unique = true, nullable = false, length = 150)
    private String email;

    private LocalDate birthDate;

    @Column(length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private LoyaltyTier loyaltyTier;

    private boolean marketingOptIn;

    @Embedded
    private Address address;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
            @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 80)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 20)),
            @AttributeOverride(name = "countryCode", column = @Column(name = "billing_country", length = 2)),
            @AttributeOverride(name = "floor", column = @Column(name = "billing_floor"))
    })
    private Address billingAddress;

    @ElementCollection
    @CollectionTable(name = "customer_phones", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "phone", length = 30)
    private Set<String> phoneNumbers;

    @OneToMany(mappedBy = "customer")
    private List<Order> orders;

    @OneToOne(mappedBy = "customer")
    private CustomerProfile profile;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "customer_interests")
    @Column(name = "interest", length = 20)
    private Set<Interest> interests;

    @Transient
    private int cachedOrderCount;

    private transient String sessionToken;
}
