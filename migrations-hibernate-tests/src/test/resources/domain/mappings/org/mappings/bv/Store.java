package org.mappings.bv;
import jakarta.persistence.*;
@Entity public class Store { @Id Long id; }
