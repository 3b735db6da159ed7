package uk.gov.pathway.kernel.jobs;

import java.util.Locale;
import java.util.Optional;

/** What a file sent to POST /imports/{kind} holds (spec/API.md, Imports). */
public enum ImportKind {
    SCHOOLS, PUPILS, ATTENDANCE;

    public static Optional<ImportKind> fromPath(String kind) {
        for (ImportKind value : values()) {
            if (value.pathName().equals(kind)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
