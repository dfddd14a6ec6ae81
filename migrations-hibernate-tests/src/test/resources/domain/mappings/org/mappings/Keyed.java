package org.mappings;

import jakarta.persistence.*;
import java.io.Serializable;

/** A composite key one of whose parts is an association. */
@Embeddable
public class Keyed implements Serializable {
    @ManyToOne Parent parent;
    String part;
}
