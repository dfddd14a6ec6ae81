package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.time.LocalDate;

/** Property access: the mapping follows the getters because {@code @Id} is on one. */
@Entity
public class Coupon {

    private String code;
    private int percentOff;
    private LocalDate expiresOn;
    private String internalNote;

    @Id
    @Column(length = 16)
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public int getPercentOff() {
        return percentOff;
    }

    public void setPercentOff(int percentOff) {
        this.percentOff = percentOff;
    }

    @Column(name = "expires")
    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    @Transient
    public boolean isExpired() {
        return expiresOn != null && expiresOn.isBefore(LocalDate.now());
    }

    @Transient
    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }
}
