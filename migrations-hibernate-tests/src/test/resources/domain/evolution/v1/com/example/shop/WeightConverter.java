package com.example.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class WeightConverter implements AttributeConverter<Weight, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Weight weight) {
        return weight == null ? null : weight.grams();
    }

    @Override
    public Weight convertToEntityAttribute(Integer grams) {
        return grams == null ? null : new Weight(grams);
    }
}
