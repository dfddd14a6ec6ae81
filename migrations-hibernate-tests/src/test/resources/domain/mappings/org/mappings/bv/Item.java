package org.mappings.bv;
import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.util.*;
@Entity @Inheritance public class Item {
  @Id Long id;
  @NotNull @ManyToOne Store store;
  @Embedded @jakarta.validation.Valid Emb emb;
  @NotEmpty String ne;
  @Min(0) Long minLong;
  @Max(100) BigDecimal maxDec;
  @DecimalMin("0.5") BigDecimal dmin;
  @Size(max = 5000) @Lob String lobText;
  @org.hibernate.validator.constraints.Length(max = 33) String len;
  @org.hibernate.validator.constraints.Range(min = 1, max = 9) int ranged;
  @Size(max = 3) @ElementCollection List<String> few;
  @Size(min = 2, max = 40) @Column(length = 10) String both;
  @NotBlank @Column(nullable = true) String blankNullable;
}
