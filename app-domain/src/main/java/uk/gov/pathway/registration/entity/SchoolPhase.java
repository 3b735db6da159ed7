package uk.gov.pathway.registration.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Phase of education of a school, as the schools import names them (spec/API.md). */
public enum SchoolPhase {
    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    SPECIAL("Special"),
    ALL_THROUGH("All-through"),
    PRU("Pupil referral unit"),
    NURSERY("Nursery");

    private final String label;

    SchoolPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a phase name in any letter case; anything else is refused with the list of phases. */
    public static SchoolPhase parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (SchoolPhase phase : values()) {
            if (phase.name().equals(wanted)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("Phase must be one of " + names() + "; got '" + (text == null ? "" : text) + "'");
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
