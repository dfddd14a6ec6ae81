package org.mappings.bv;
import jakarta.persistence.*;
import jakarta.validation.constraints.*;
@Entity public class Special extends Item { @NotNull String must; @Min(3) int three; }
