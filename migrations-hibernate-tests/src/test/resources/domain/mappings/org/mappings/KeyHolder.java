package org.mappings;

import jakarta.persistence.*;

@Entity
public class KeyHolder {
    @EmbeddedId Keyed key;
    String data;
}
