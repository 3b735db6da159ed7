package uk.gov.pathway.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.PathwayLevel;
import uk.gov.pathway.casework.entity.PathwayModel;
import uk.gov.pathway.casework.entity.TimeRule;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.TestCalendars;
import uk.gov.pathway.kernel.deadlines.CountingDeadlines;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.NewDeadline;

/** Which deadlines a case runs on, counted only on the school calendar; beyond it nothing is guessed. */
class CaseSchedulerTest {

    /** The test calendar's last configured day is 31 August 2026. */
    private final RecordingDeadlines deadlines = new RecordingDeadlines(TestCalendars.COUNCIL);
    private final CaseScheduler scheduler = scheduler(deadlines);

    @Test
    void anAimMeetingInTermIsReviewedThreeSchoolWeeksLater() throws Exception {
        scheduler.recorded(aLevelOneCase(), EvidenceKind.AIM_MEETING, LocalDate.of(2025, 11, 12));
        assertThat(deadlines.scheduled).extracting(NewDeadline::kind, NewDeadline::dueDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AIM_REVIEW", LocalDate.of(2025, 12, 3)));
        assertThat(deadlines.waiting).isEmpty();
    }

    @Test
    void aDueDateBeyondTheSchoolCalendarIsNotGuessedButTheAdministratorIsAskedToConfigureTheYear() throws Exception {
        // Three school weeks after 15 July 2026 fall in 2026/27, which the council has not configured yet.
        scheduler.recorded(aLevelOneCase(), EvidenceKind.AIM_MEETING, LocalDate.of(2026, 7, 15));
        assertThat(deadlines.scheduled).isEmpty();
        assertThat(deadlines.waiting).singleElement().satisfies(missing -> {
            assertThat(missing).contains("Case 42").contains("Attendance Improvement Meeting").contains("2026-07-15");
            assertThat(missing).contains("2026-08-31").contains("configure the next academic year");
        });
    }

    @Test
    void aHalfTermRuleBeyondTheCalendarSetsNoDeadlineEither() throws Exception {
        CaseFile c = aLevelOneCase();
        c.level().review(TimeRule.halfTerms(2));
        scheduler.levelEntered(c, LocalDate.of(2026, 6, 15));
        assertThat(deadlines.scheduled).extracting(NewDeadline::kind).doesNotContain("LEVEL_REVIEW");
        assertThat(deadlines.waiting).isNotEmpty();
    }

    @Test
    void withNoCalendarAtAllNothingIsDated() throws Exception {
        RecordingDeadlines none = new RecordingDeadlines(SchoolCalendar.of());
        scheduler(none).recorded(aLevelOneCase(), EvidenceKind.TAF_MEETING, LocalDate.of(2025, 11, 12));
        assertThat(none.scheduled).isEmpty();
        assertThat(none.waiting).singleElement().asString().contains("has no academic year");
    }

    private static CaseScheduler scheduler(Deadlines deadlines) {
        CaseScheduler scheduler = new CaseScheduler();
        scheduler.deadlines = deadlines;
        return scheduler;
    }

    private static CaseFile aLevelOneCase() throws Exception {
        PathwayModel model = new PathwayModel("KNOWSLEY", "Knowsley");
        PathwayLevel level = model.addLevel("L1", "School action");
        CaseFile c = new CaseFile(level, List.of(7L), "Attendance 88%", null, "traded-officer",
                LocalDate.of(2025, 9, 15), "traded-officer");
        Field id = CaseFile.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(c, 42L);
        return c;
    }

    /** The deadline engine as casework sees it, counting on the calendar and recording what it is asked. */
    static final class RecordingDeadlines extends CountingDeadlines {
        final List<NewDeadline> scheduled = new ArrayList<>();

        RecordingDeadlines(SchoolCalendar calendar) {
            super(calendar);
        }

        @Override
        public long schedule(NewDeadline wanted) {
            scheduled.add(wanted);
            return scheduled.size();
        }

        @Override
        public int completeOpen(String subjectType, long subjectId, java.util.Set<String> kinds) {
            return kinds.stream().sorted().mapToInt(kind -> completeOpen(subjectType, subjectId, kind)).sum();
        }

        @Override
        public int completeOpen(String subjectType, long subjectId, String kind) {
            return 0;
        }

        @Override
        public void touch(String subjectType, long subjectId, String owner, Long pupilId, LocalDate day,
                          Integer driftSchoolDays) {
        }
    }
}
