package uk.gov.pathway.registration.entity;

/** Gender as school census returns record it (spec/API.md: F, M, X). */
public enum Gender {
    F, M, X;

    public static Gender parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (Gender gender : values()) {
            if (gender.name().equals(wanted)) {
                return gender;
            }
        }
        throw new IllegalArgumentException("Gender must be F, M or X; got '" + wanted + "'");
    }
}
