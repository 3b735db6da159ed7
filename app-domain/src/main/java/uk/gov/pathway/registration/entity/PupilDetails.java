package uk.gov.pathway.registration.entity;

import java.time.LocalDate;
import java.util.Objects;

/** What a school's system says about a pupil: identity, year group and the facts that shape their support. */
public record PupilDetails(UniquePupilNumber upn, String forename, String surname, LocalDate dateOfBirth,
                           YearGroup yearGroup, Gender gender, String postcode, SenStatus sen,
                           Vulnerabilities vulnerabilities) {

    public static final int NAME_MAX = 100;

    public PupilDetails {
        Objects.requireNonNull(upn, "UPN");
        forename = name("forename", forename);
        surname = name("surname", surname);
        Objects.requireNonNull(dateOfBirth, "date of birth");
        Objects.requireNonNull(yearGroup, "year group");
        Objects.requireNonNull(gender, "gender");
        postcode = postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT);
        if (postcode != null && postcode.length() > 8) {
            throw new IllegalArgumentException("postcode is longer than 8 characters: '" + postcode + "'");
        }
        sen = sen == null ? SenStatus.NONE : sen;
        vulnerabilities = vulnerabilities == null ? Vulnerabilities.NONE : vulnerabilities;
    }

    public static String name(String field, String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (stripped.length() > NAME_MAX) {
            throw new IllegalArgumentException(field + " is longer than " + NAME_MAX + " characters");
        }
        return stripped;
    }
}
