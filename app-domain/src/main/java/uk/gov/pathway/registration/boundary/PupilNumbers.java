package uk.gov.pathway.registration.boundary;

import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** Making UPNs for fictional data (the demo council, tests): the check letter the national rule gives. */
public final class PupilNumbers {

    private PupilNumbers() {
    }

    /** The UPN whose last 12 characters these are, with its check letter in front. */
    public static String withCheckLetter(String last12) {
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }
}
