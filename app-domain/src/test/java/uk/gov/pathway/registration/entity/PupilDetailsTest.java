package uk.gov.pathway.registration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PupilDetailsTest {

    private static final UniquePupilNumber UPN = UniquePupilNumber.of(UniquePupilNumber.checkLetterFor("999100126001")
            + "999100126001");

    private static PupilDetails details(String surname, SenStatus sen, Vulnerabilities vulnerabilities) {
        return new PupilDetails(UPN, "Ada", surname, LocalDate.of(2015, 3, 4), YearGroup.parse("5"), Gender.parse("F"),
                "zz1 1zz", sen, vulnerabilities);
    }

    @Test
    void theSameDetailsHaveNoChanges() {
        PupilDetails details = details("Fernleigh", SenStatus.NONE, Vulnerabilities.NONE);
        assertThat(details.changesTo(details("Fernleigh", SenStatus.NONE, Vulnerabilities.NONE))).isEmpty();
    }

    @Test
    void eachChangedDetailIsNamedInTheOrderOfTheForm() {
        PupilDetails before = details("Fernleigh", SenStatus.NONE, Vulnerabilities.NONE);
        PupilDetails after = details("Fernleigh-Moss", SenStatus.parse("K"),
                new Vulnerabilities(true, false, false, true, false, false));
        assertThat(before.changesTo(after)).containsExactly("surname", "SEN", "child in care", "young carer");
    }

    @Test
    void aPostcodeWrittenDifferentlyButTheSameIsNoChange() {
        PupilDetails lower = details("Fernleigh", SenStatus.NONE, Vulnerabilities.NONE);
        PupilDetails upper = new PupilDetails(UPN, "Ada", "Fernleigh", LocalDate.of(2015, 3, 4), YearGroup.parse("5"),
                Gender.parse("F"), " ZZ1 1ZZ ", SenStatus.NONE, Vulnerabilities.NONE);
        assertThat(lower.changesTo(upper)).isEmpty();
    }
}
