package com.example.shop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_sequence", initialValue = 100,
            allocationSize = 20)
    private Long id;

    @Version
    private Integer version;

    @Column(unique = true, nullable = false, length = 40)
    @Comment("Stock keeping unit, printed on the label")
    private String sku;

    @Column(nullable = false)
    private String name;

    @Lob
    private String description;

    @Column(precision = 12, scale = 3)
    private BigDecimal price;

    private double shippingCost;

    private float rating;

    @ColumnDefault("0")
    private int stock;

    @Min(0)
    @Max(10000)
    private int reorderLevel;

    @Lob
    private byte[] image;


    @Convert(converter = WeightConverter.class)
    private Weight weight;

    @Enumerated
    private ProductStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id", foreignKey = @ForeignKey(name = "fk_product_category"))
    private Category category;

    @ManyToMany
    @JoinTable(name = "product_tags",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags;

    @ManyToMany(mappedBy = "suppliedProducts")
    private Set<Supplier> suppliers;

    @ElementCollection
    @CollectionTable(name = "product_attributes")
    @MapKeyColumn(name = "attr_name", length = 50)
    @Column(name = "attr_value")
    private Map<String, String> attributes;

    @ElementCollection
    @OrderColumn
    private List<String> imageUrls;
}
