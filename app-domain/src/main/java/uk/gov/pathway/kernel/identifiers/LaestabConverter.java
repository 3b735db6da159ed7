package uk.gov.pathway.kernel.identifiers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class LaestabConverter implements AttributeConverter<Laestab, String> {
    @Override
    public String convertToDatabaseColumn(Laestab laestab) {
        return laestab == null ? null : laestab.value();
    }

    @Override
    public Laestab convertToEntityAttribute(String column) {
        return column == null ? null : new Laestab(column);
    }
}
