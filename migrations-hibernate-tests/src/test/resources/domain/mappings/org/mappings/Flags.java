package org.mappings;

import jakarta.persistence.*;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.TrueFalseConverter;
import org.hibernate.type.YesNoConverter;

/** Hibernate's own boolean converters, whose allowed values are known without running them. */
@Entity
public class Flags {
    @Id Long id;
    @Convert(converter = YesNoConverter.class) Boolean active;
    @Convert(converter = TrueFalseConverter.class) Boolean verified;
    @Convert(converter = NumericBooleanConverter.class) Boolean archived;
}
