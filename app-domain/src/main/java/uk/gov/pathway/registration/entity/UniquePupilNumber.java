package uk.gov.pathway.registration.entity;

/**
 * A pupil's Unique Pupil Number: a check letter, then the 3-digit LA number, the 4-digit establishment number, the
 * 2-digit year of issue and a serial of 3 digits (permanent) or 2 digits and a letter (temporary).
 */
// DfE "Unique pupil numbers (UPNs)" guidance; spec/RULES.md, Identifiers
public record UniquePupilNumber(String value) {

    public static final int LENGTH = 13;

    // The check letter alphabet; I, O and S are left out because they read like 1, 0 and 5.
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public UniquePupilNumber {
        if (value == null || value.length() != LENGTH) {
            String shown = value == null ? "" : value;
            throw new IllegalArgumentException("UPN must be " + LENGTH + " characters; got '" + shown + "' ("
                    + shown.length() + ")");
        }
        if (value.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("UPN must be in upper case; got '" + value + "'");
        }
        if (LETTERS.indexOf(value.charAt(0)) < 0) {
            throw new IllegalArgumentException("UPN must start with a check letter (A to Z except I, O and S); got '"
                    + value + "'");
        }
        String problem = formatProblem(value.substring(1));
        if (problem != null) {
            throw new IllegalArgumentException("UPN " + problem + "; got '" + value + "'");
        }
        char expected = computeCheckLetter(value.substring(1));
        if (value.charAt(0) != expected) {
            throw new IllegalArgumentException("UPN " + value + " has the wrong check letter: expected " + expected
                    + " for the digits that follow");
        }
    }

    /** Strips surrounding spaces only: a lower-case UPN is refused rather than silently corrected. */
    public static UniquePupilNumber of(String text) {
        return new UniquePupilNumber(text == null ? null : text.strip());
    }

    /** The check letter for the 12 characters that follow it (LA number, establishment number, year, serial). */
    public static char checkLetterFor(String last12) {
        if (last12 == null || last12.length() != LENGTH - 1) {
            String shown = last12 == null ? "" : last12;
            throw new IllegalArgumentException("A UPN check letter needs the " + (LENGTH - 1)
                    + " characters that follow it; got '" + shown + "' (" + shown.length() + ")");
        }
        String problem = formatProblem(last12);
        if (problem != null) {
            throw new IllegalArgumentException("UPN " + problem + "; got '" + last12 + "' for the 12 characters after it");
        }
        return computeCheckLetter(last12);
    }

    /** A temporary UPN ends in a letter instead of a third serial digit. */
    public boolean isTemporary() {
        return !isAsciiDigit(value.charAt(LENGTH - 1));
    }

    public String laNumber() {
        return value.substring(1, 4);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String formatProblem(String last12) {
        for (int i = 0; i < last12.length() - 1; i++) {
            if (!isAsciiDigit(last12.charAt(i))) {
                return "must have digits in characters 2 to 12 (LA number, establishment number, year, serial)";
            }
        }
        char last = last12.charAt(last12.length() - 1);
        if (!isAsciiDigit(last) && LETTERS.indexOf(last) < 0) {
            return "must end in a digit (permanent) or a letter other than I, O and S (temporary)";
        }
        return null;
    }

    // Weights 2 to 13 on characters 2 to 13; a temporary UPN's final letter counts as its place in the alphabet.
    private static char computeCheckLetter(String last12) {
        int sum = 0;
        for (int i = 0; i < last12.length(); i++) {
            char c = last12.charAt(i);
            int digitValue = isAsciiDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += digitValue * (i + 2);
        }
        return LETTERS.charAt(sum % LETTERS.length());
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
