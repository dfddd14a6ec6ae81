package com.example.shop;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.util.Date;

/** Field access, with one attribute read through its getter. */
@Entity
@Access(AccessType.FIELD)
public class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    @OneToOne
    private Order order;

    @Temporal(TemporalType.DATE)
    private Date issueDate;

    @Temporal(TemporalType.TIME)
    private Date issueTime;

    @Temporal(TemporalType.TIMESTAMP)
    private Date sentAt;

    @Transient
    private BigDecimal net;

    @Transient
    private BigDecimal taxRate;

    @Access(AccessType.PROPERTY)
    @Column(name = "gross_amount", precision = 14, scale = 2)
    public BigDecimal getGross() {
        return net == null || taxRate == null ? null : net.add(net.multiply(taxRate));
    }

    public void setGross(BigDecimal gross) {
        this.net = gross;
    }
}
