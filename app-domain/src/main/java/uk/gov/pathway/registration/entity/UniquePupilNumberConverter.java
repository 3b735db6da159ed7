package uk.gov.pathway.registration.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class UniquePupilNumberConverter implements AttributeConverter<UniquePupilNumber, String> {
    @Override
    public String convertToDatabaseColumn(UniquePupilNumber upn) {
        return upn == null ? null : upn.value();
    }

    @Override
    public UniquePupilNumber convertToEntityAttribute(String column) {
        return column == null ? null : new UniquePupilNumber(column);
    }
}
