package uk.gov.pathway.registration.entity;

import java.util.regex.Pattern;

/** Unique Reference Number of a school in the DfE's register: 6 digits (spec/RULES.md, Identifiers). */
public record Urn(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public Urn {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("URN must be 6 digits, for example 100001; got '"
                    + (value == null ? "" : value) + "'");
        }
    }

    public static Urn of(String text) {
        return new Urn(text == null ? null : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
