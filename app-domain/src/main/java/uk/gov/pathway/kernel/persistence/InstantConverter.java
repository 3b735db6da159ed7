package uk.gov.pathway.kernel.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Instants stored as SQL timestamps: Persistence 3.1 has no mapping of its own for java.time.Instant. */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {
    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp column) {
        return column == null ? null : column.toInstant();
    }
}
