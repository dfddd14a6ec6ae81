package dev.migrations.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What the annotations on an attribute say about its column type: {@code @Lob}, {@code @Enumerated},
 * {@code @Temporal}, {@code @Convert}, {@code @JdbcTypeCode}, {@code @Column}'s sizes and the Bean Validation
 * constraints that change DDL.
 *
 * @param blame            the element to report errors on
 * @param lob              {@code @Lob}
 * @param enumType         {@code ORDINAL} or {@code STRING}
 * @param temporal         {@code DATE}, {@code TIME}, {@code TIMESTAMP}, or {@code null}
 * @param converter        the explicit {@code @Convert(converter)}, or {@code null}
 * @param convertDisabled  {@code @Convert(disableConversion = true)}
 * @param jdbcTypeCode     {@code @JdbcTypeCode}, or {@code null}
 * @param length           the explicit {@code @Column(length)}, or {@code null}
 * @param precision        {@code @Column(precision)}, 0 when not given
 * @param scale            {@code @Column(scale)}
 * @param secondPrecision  {@code @Column(secondPrecision)}, or {@code null}
 * @param sizeMax          Bean Validation {@code @Size(max)} or {@code @Length(max)}, or {@code null}
 * @param digitsInteger    Bean Validation {@code @Digits(integer)}, or {@code null}
 * @param digitsFraction   Bean Validation {@code @Digits(fraction)}, or {@code null}
 */
record TypeHints(Element blame, boolean lob, String enumType, String temporal, TypeElement converter,
                 boolean convertDisabled, Integer jdbcTypeCode, Integer length, int precision, int scale,
                 Integer secondPrecision, Integer sizeMax, Integer digitsInteger, Integer digitsFraction) {

    static final String BV = "jakarta.validation.constraints.";

    /** The hints that the annotations on an attribute (or collection element) give. */
    static TypeHints of(Annotations a, Element member, AnnotationMirror column, boolean mapKey) {
        boolean lob = a.hasJpa(member, "Lob") && !mapKey;
        String enumType = a.jpa(member, mapKey ? "MapKeyEnumerated" : "Enumerated")
                .map(m -> a.enumName(m, "value")).orElse("ORDINAL");
        String temporal = a.jpa(member, mapKey ? "MapKeyTemporal" : "Temporal")
                .map(m -> a.enumName(m, "value")).orElse(null);
        TypeElement converter = null;
        boolean disabled = false;
        for (AnnotationMirror convert : a.repeated(member, Annotations.JPA + "Convert",
                Annotations.JPA + "Converts")) {
            // a map's key is converted by @Convert(attributeName = "key"), the attribute itself by none
            String target = a.nonEmpty(convert, "attributeName");
            if (mapKey ? !"key".equals(target) : target != null) {
                continue;
            }
            disabled = a.bool(convert, "disableConversion");
            converter = a.typeElement(convert, "converter");
        }
        Integer jdbcTypeCode = mapKey ? null : a.find(member, "org.hibernate.annotations.JdbcTypeCode")
                .map(m -> a.integer(m, "value")).orElse(null);
        Integer length = null;
        int precision = 0;
        int scale = 0;
        Integer secondPrecision = null;
        if (column != null) {
            if (a.isExplicit(column, "length")) {
                length = a.integer(column, "length");
            }
            precision = a.integer(column, "precision");
            scale = a.integer(column, "scale");
            if (a.hasMember(column, "secondPrecision") && a.integer(column, "secondPrecision") >= 0) {
                secondPrecision = a.integer(column, "secondPrecision");
            }
        }
        Integer sizeMax = null;
        Integer digitsInteger = null;
        Integer digitsFraction = null;
        if (!mapKey) {
            AnnotationMirror size = a.find(member, BV + "Size")
                    .or(() -> a.find(member, "org.hibernate.validator.constraints.Length")).orElse(null);
            if (size != null && a.integer(size, "max") < Integer.MAX_VALUE) {
                sizeMax = a.integer(size, "max");
            }
            AnnotationMirror digits = a.find(member, BV + "Digits").orElse(null);
            if (digits != null) {
                digitsInteger = a.integer(digits, "integer");
                digitsFraction = a.integer(digits, "fraction");
            }
        }
        return new TypeHints(member, lob, enumType, temporal, converter, disabled, jdbcTypeCode, length,
                precision, scale, secondPrecision, sizeMax, digitsInteger, digitsFraction);
    }

    /** The same hints without Bean Validation's sizes and digits, for columns Hibernate does not validate. */
    TypeHints withoutValidation() {
        return new TypeHints(blame, lob, enumType, temporal, converter, convertDisabled, jdbcTypeCode, length,
                precision, scale, secondPrecision, null, null, null);
    }

    /** The same hints for the database side of a converter: no enum, converter or Java-side conversions. */
    TypeHints forConvertedType() {
        return new TypeHints(blame, lob, "ORDINAL", temporal, null, true, jdbcTypeCode, length, precision, scale,
                secondPrecision, sizeMax, digitsInteger, digitsFraction);
    }
}
