package uk.gov.pathway.registration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.identifiers.Laestab;

class PupilEnrolmentTest {

    private static final Instant NOW = Instant.parse("2025-11-05T09:00:00Z");
    private static final School RIVERSIDE = new School(Urn.of("990001"), Laestab.of("9991001"), "Riverside Primary School",
            SchoolPhase.PRIMARY, true, NOW);
    private static final School HILLCREST = new School(Urn.of("990002"), Laestab.of("9991002"), "Hillcrest Academy",
            SchoolPhase.SECONDARY, true, NOW);

    private static Pupil onRollAtHillcrestFromSeptember() {
        String last12 = "999100226001";
        Pupil pupil = new Pupil(new PupilDetails(UniquePupilNumber.of(UniquePupilNumber.checkLetterFor(last12) + last12),
                "Marnie", "Ashdown", LocalDate.of(2013, 5, 14), YearGroup.parse("7"), Gender.parse("F"), null,
                SenStatus.NONE, Vulnerabilities.NONE), NOW);
        pupil.enrol(HILLCREST, LocalDate.of(2025, 9, 1), false);
        return pupil;
    }

    @Test
    void aChildOnRollAtOneSchoolCannotBeEnrolledAtAnotherForTheSameDays() {
        Pupil pupil = onRollAtHillcrestFromSeptember();
        assertThatThrownBy(() -> pupil.enrol(RIVERSIDE, LocalDate.of(2025, 11, 10), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must end that enrolment first");
        assertThat(pupil.enrolments()).hasSize(1);
    }

    @Test
    void aMoveEndsTheOldEnrolmentTheDayBeforeTheNewOneStarts() {
        Pupil pupil = onRollAtHillcrestFromSeptember();
        assertThat(pupil.moveTo(RIVERSIDE, LocalDate.of(2025, 11, 10))).isPresent();
        assertThat(pupil.enrolments()).extracting(e -> e.school().laestab().value() + " " + e.startDate() + " " + e.endDate())
                .containsExactly("9991002 2025-09-01 2025-11-09", "9991001 2025-11-10 null");
        assertThat(pupil.enrolments().get(0).leavingReason()).isEqualTo("Moved to Riverside Primary School (9991001)");
        assertThat(pupil.onRollAt(Laestab.of("9991002"), LocalDate.of(2025, 11, 9))).isTrue();
        assertThat(pupil.onRollAt(Laestab.of("9991002"), LocalDate.of(2025, 11, 10))).isFalse();
        assertThat(pupil.onRollAt(Laestab.of("9991001"), LocalDate.of(2025, 11, 10))).isTrue();
        assertThat(pupil.currentSchool()).contains(RIVERSIDE);
    }

    @Test
    void aMoveCannotStartOnOrBeforeTheFirstDayAtTheOldSchool() {
        Pupil pupil = onRollAtHillcrestFromSeptember();
        assertThat(pupil.moveProblem(RIVERSIDE, LocalDate.of(2025, 9, 1)))
                .isEqualTo("the first day at the new school must be after 2025-09-01, the first day at Hillcrest Academy (9991002)");
        assertThatThrownBy(() -> pupil.moveTo(RIVERSIDE, LocalDate.of(2025, 8, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(pupil.enrolments()).hasSize(1);
    }

    @Test
    void aMoveToTheSchoolTheChildIsOnRollAtChangesNothing() {
        Pupil pupil = onRollAtHillcrestFromSeptember();
        assertThat(pupil.moveTo(HILLCREST, LocalDate.of(2025, 11, 10))).isEmpty();
        assertThat(pupil.enrolments()).hasSize(1);
        assertThat(pupil.enrolments().get(0).isOpen()).isTrue();
    }
}
