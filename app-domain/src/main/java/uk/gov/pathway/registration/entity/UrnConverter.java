package uk.gov.pathway.registration.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class UrnConverter implements AttributeConverter<Urn, String> {
    @Override
    public String convertToDatabaseColumn(Urn urn) {
        return urn == null ? null : urn.value();
    }

    @Override
    public Urn convertToEntityAttribute(String column) {
        return column == null ? null : new Urn(column);
    }
}
