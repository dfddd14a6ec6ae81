package org.mappings.bv;
import jakarta.persistence.*;
import jakarta.validation.constraints.*;
@Entity @Access(AccessType.PROPERTY) public class Prop {
  private Long id; private String v;
  @Id public Long getId() { return id; } public void setId(Long i) { id = i; }
  @NotNull @Size(max = 9) public String getV() { return v; } public void setV(String s) { v = s; }
}
