package com.example.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.Comment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "orders", indexes = {
        @Index(name = "idx_orders_placed", columnList = "placedAt DESC"),
        @Index(name = "ux_orders_number", columnList = "orderNumber", unique = true),
        @Index(name = "idx_orders_customer_status", columnList = "customer_id, status")
})
@Check(name = "ck_orders_total", constraints = "total >= 0")
@Comment("One checkout by one customer")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "order_ids")
    @TableGenerator(name = "order_ids", table = "id_generators", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "orders", allocationSize = 10)
    private Long id;

    @NotNull
    @Column(length = 32)
    private String orderNumber;

    @ManyToOne
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @OneToMany(mappedBy = "order")
    private List<OrderLine> lines;

    @Enumerated
    private OrderStatus status;

    @Digits(integer = 12, fraction = 2)
    private BigDecimal total;

    @Basic(optional = false)
    private Instant placedAt;

    @Convert(converter = YesNoConverter.class)
    @Column(length = 1)
    private Boolean giftWrapped;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "ship_street"))
    @AttributeOverride(name = "city", column = @Column(name = "ship_city"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code"))
    @AttributeOverride(name = "countryCode", column = @Column(name = "ship_country"))
    @AttributeOverride(name = "floor", column = @Column(name = "ship_floor"))
    private Address shippingAddress;
}
