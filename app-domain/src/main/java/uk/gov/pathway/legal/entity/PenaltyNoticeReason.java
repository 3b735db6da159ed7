package uk.gov.pathway.legal.entity;

import java.util.Collection;

/**
 * A notice's main reason for the DfE return: holiday when every session is {@code G}, lateness when every session is
 * {@code U}, otherwise other.
 */
// spec/API.md "Penalty notices"; DfE parental responsibility measures census
public enum PenaltyNoticeReason {
    HOLIDAY, LATENESS, OTHER;

    /** The main reason of a notice covering sessions with these codes (as the register writes them: G, U, N, O). */
    public static PenaltyNoticeReason of(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("A notice covers at least one session; got none");
        }
        if (codes.stream().allMatch("G"::equals)) {
            return HOLIDAY;
        }
        if (codes.stream().allMatch("U"::equals)) {
            return LATENESS;
        }
        return OTHER;
    }
}
