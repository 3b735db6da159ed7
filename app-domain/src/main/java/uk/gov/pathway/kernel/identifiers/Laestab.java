package uk.gov.pathway.kernel.identifiers;

import java.util.regex.Pattern;

/** DfE establishment number: the 3-digit LA number then the 4-digit establishment number (spec/RULES.md, Identifiers). */
public record Laestab(String value) {

    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");

    public Laestab {
        if (value == null || !SEVEN_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("LAESTAB must be 7 digits (3-digit LA number then 4-digit establishment number),"
                    + " for example 9991001; got '" + (value == null ? "" : value) + "'");
        }
    }

    public static Laestab of(String text) {
        return new Laestab(text == null ? null : text.strip());
    }

    public String laNumber() {
        return value.substring(0, 3);
    }

    public String establishmentNumber() {
        return value.substring(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
