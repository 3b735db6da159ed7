package uk.gov.pathway.kernel.letters;

import java.util.Locale;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** How a letter reached the family. */
public enum SentMethod {
    POST("by post"),
    HAND("by hand"),
    EMAIL("by e-mail");

    private final String words;

    SentMethod(String words) {
        this.words = words;
    }

    /** As a sentence says it: "by post". */
    public String words() {
        return words;
    }

    /** POST, HAND or EMAIL (any case); anything else is refused naming the field. */
    public static SentMethod parse(String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("method", "method must be POST, HAND or EMAIL; got '" + text + "'");
        }
    }
}
