package org.mappings;

import jakarta.persistence.*;
import java.io.Serializable;

@Embeddable
public class OrderLineId implements Serializable {
    Long orderId;
    int lineNo;
}
