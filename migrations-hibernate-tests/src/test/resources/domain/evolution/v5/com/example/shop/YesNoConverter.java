package com.example.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a flag as 'Y' or 'N' for a legacy reporting tool. */
@Converter
public class YesNoConverter implements AttributeConverter<Boolean, String> {

    @Override
    public String convertToDatabaseColumn(Boolean flag) {
        return flag == null ? null : flag ? "Y" : "N";
    }

    @Override
    public Boolean convertToEntityAttribute(String text) {
        return text == null ? null : "Y".equals(text);
    }
}
