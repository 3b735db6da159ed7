package uk.gov.pathway.registration.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

/** National curriculum year group as the pupils import names it: N1, N2, R, 1 ... 14 (spec/API.md). */
public enum YearGroup {
    N1("N1"), N2("N2"), R("R"), Y1("1"), Y2("2"), Y3("3"), Y4("4"), Y5("5"), Y6("6"), Y7("7"), Y8("8"), Y9("9"),
    Y10("10"), Y11("11"), Y12("12"), Y13("13"), Y14("14");

    private final String code;

    YearGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static YearGroup parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        for (YearGroup group : values()) {
            if (group.code.equals(wanted)) {
                return group;
            }
        }
        throw new IllegalArgumentException("Year group must be one of " + codes() + "; got '" + (text == null ? "" : text) + "'");
    }

    public static String codes() {
        return Arrays.stream(values()).map(YearGroup::code).collect(Collectors.joining(", "));
    }
}
