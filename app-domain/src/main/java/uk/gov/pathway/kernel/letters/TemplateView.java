package uk.gov.pathway.kernel.letters;

import java.io.Serializable;
import java.time.Instant;

/** A letter template as the API and the administrator's screen show it. */
public record TemplateView(String code, String name, String body, long version, String updatedBy, Instant updatedAt) implements Serializable {

    static TemplateView of(LetterTemplate template) {
        return new TemplateView(template.code(), template.name(), template.body(), template.version(),
                template.updatedBy(), template.updatedAt());
    }
}
