package uk.gov.pathway.panels.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.calendar.TestCalendars;

/** Meetings planned from the cadence fall on school days only, across the Christmas and Easter holidays. */
class MeetingCadenceTest {

    private static final SchoolTimeline COUNCIL = SchoolTimeline.ofCouncil(TestCalendars.COUNCIL);

    private static List<MeetingCadence.Planned> claag(LocalDate from, LocalDate to) {
        // Knowsley's CLAAG: every two weeks, from the first Tuesday meeting of the 2025/26 year
        return new MeetingCadence(LocalDate.of(2025, 9, 9), 2).between(from, to, COUNCIL::isSchoolDay,
                TestCalendars.COUNCIL::isConfigured);
    }

    @Test
    void aMeetingThatFallsInTheChristmasHolidayMovesToTheFirstSchoolDayAfterItAndTheRhythmGoesOn() {
        assertThat(claag(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31))).containsExactly(
                new MeetingCadence.Planned(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 2)),
                new MeetingCadence.Planned(LocalDate.of(2025, 12, 16), LocalDate.of(2025, 12, 16)),
                // 30 December is in the holiday: Monday 5 January 2026 is the next school day
                new MeetingCadence.Planned(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 5)),
                new MeetingCadence.Planned(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 13)),
                new MeetingCadence.Planned(LocalDate.of(2026, 1, 27), LocalDate.of(2026, 1, 27)));
    }

    @Test
    void everyPlannedMeetingIsOnASchoolDayAcrossTheWholeYear() {
        List<MeetingCadence.Planned> year = claag(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 21));
        assertThat(year).hasSize(23).allSatisfy(m -> assertThat(COUNCIL.isSchoolDay(m.date()))
                .as(m.date() + " is a school day").isTrue());
        // Easter: 7 April 2026 is in the holiday, Monday 13 April the first day of the summer term
        assertThat(year).contains(new MeetingCadence.Planned(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 13)),
                new MeetingCadence.Planned(LocalDate.of(2026, 4, 21), LocalDate.of(2026, 4, 21)));
    }

    @Test
    void planningStopsWhereTheCalendarEnds() {
        // the test calendar ends with 2025/26: 28 July is in the summer holiday, whose next school day is not
        // configured, so nothing is planned after 14 July
        List<MeetingCadence.Planned> planned = claag(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1));
        assertThat(planned).extracting(MeetingCadence.Planned::date).containsExactly(LocalDate.of(2026, 7, 14));
    }
}
