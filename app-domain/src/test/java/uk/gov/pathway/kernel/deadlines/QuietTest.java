package uk.gov.pathway.kernel.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.calendar.TestCalendars;

/** Drift counted by the school timeline, the one school-day counter: what the sweep raises and the screens show. */
class QuietTest {

    private static final SchoolTimeline COUNCIL = SchoolTimeline.ofCouncil(TestCalendars.COUNCIL);

    @Test
    void workRecordedTodayLeavesNoSchoolDaysWithoutActivity() {
        LocalDate today = LocalDate.of(2025, 11, 24);
        assertThat(Quiet.of(today, today, COUNCIL, 10).schoolDays()).isZero();
    }

    @Test
    void aWeekendDoesNotCount() {
        assertThat(Quiet.of(LocalDate.of(2025, 11, 21), LocalDate.of(2025, 11, 24), COUNCIL, 10).schoolDays())
                .isEqualTo(1);
    }

    @Test
    void aHalfTermWeekDoesNotMakeACaseDrift() {
        // Last work on Friday 24 October 2025; Monday 10 November is the sixth school day after it, not the eleventh.
        Quiet quiet = Quiet.of(LocalDate.of(2025, 10, 24), LocalDate.of(2025, 11, 10), COUNCIL, 10);
        assertThat(quiet.schoolDays()).isEqualTo(6);
        assertThat(quiet.drifting()).isFalse();
    }

    @Test
    void tenSchoolDaysWithoutWorkIsDrift() {
        Quiet quiet = Quiet.of(LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 21), COUNCIL, 10);
        assertThat(quiet.schoolDays()).isEqualTo(10);
        assertThat(quiet.drifting()).isTrue();
        assertThat(new Quiet(quiet.lastActivity(), 9, 10).drifting()).isFalse();
    }

    @Test
    void aWatchCountsItsOwnLimitElseTheDefault() {
        ActivityWatch ownLimit = new ActivityWatch("case", 1, "traded-officer", null, LocalDate.of(2025, 11, 7), 15);
        ActivityWatch noLimit = new ActivityWatch("case", 2, "traded-officer", null, LocalDate.of(2025, 11, 7), null);
        LocalDate today = LocalDate.of(2025, 11, 21);
        assertThat(ownLimit.quiet(today, COUNCIL, 10).drifting()).isFalse();
        assertThat(noLimit.quiet(today, COUNCIL, 10).drifting()).isTrue();
    }

    @Test
    void workEnteredAfterTheFactMovesTheLastActivityBack() {
        ActivityWatch watch = new ActivityWatch("case", 1, "traded-officer", null, LocalDate.of(2025, 11, 21), null);
        watch.lastActivityWas(LocalDate.of(2025, 11, 7));
        assertThat(watch.quiet(LocalDate.of(2025, 11, 21), COUNCIL, 10).drifting()).isTrue();
    }
}
