package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.UUID;

/** One row per audited change; it keeps every kind of value the shop records. */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private UUID correlationId;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    private OrderStatus orderStatus;

    @Enumerated(EnumType.ORDINAL)
    private LoyaltyTier tier;

    private boolean success;
    private Boolean reviewed;
    private byte severity;
    private Byte category;
    private short attempt;
    private Short retries;
    private int durationMillis;
    private Integer itemCount;
    private long bytesWritten;
    private Long rowsTouched;
    private float cpuLoad;
    private Float memoryLoad;
    private double score;
    private Double weight;
    private char kind;
    private Character grade;
    private BigDecimal amount;
    private BigInteger sequenceNumber;
    private LocalDate businessDay;
    private LocalTime localTime;
    private LocalDateTime occurredAt;
    private Instant recordedAt;
    private OffsetDateTime receivedAt;
    private ZonedDateTime scheduledAt;
    private Date legacyDate;
    private Timestamp legacyTimestamp;
    private Calendar legacyCalendar;
    private byte[] payloadHash;
}
