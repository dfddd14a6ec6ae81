package org.mappings.bv;
import jakarta.persistence.*;
import jakarta.validation.constraints.*;
@Embeddable public class Emb { @NotNull String inner; @Size(max = 12) String sized; }
