package uk.gov.pathway.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.PathwayLevel;
import uk.gov.pathway.casework.entity.PathwayModel;
import uk.gov.pathway.casework.entity.ReviewOutcome;
import uk.gov.pathway.casework.entity.TimeRule;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.calendar.TestCalendars;
import uk.gov.pathway.kernel.deadlines.CountingDeadlines;
import uk.gov.pathway.kernel.deadlines.NewDeadline;

/**
 * Which deadlines a case runs on, counted on the test council's school calendar (the February half term of 2026 is
 * 16 to 20 February; Spring 2 ends on 27 March).
 */
class CaseSchedulerOnTheCalendarTest {

    private static final LocalDate MONDAY_2_FEBRUARY = LocalDate.of(2026, 2, 2);

    /** What the scheduler asked of the deadlines service, in order. */
    static final class RecordingDeadlines extends CountingDeadlines {
        final List<NewDeadline> scheduled = new ArrayList<>();

        RecordingDeadlines() {
            super(TestCalendars.COUNCIL);
        }
        final List<String> completed = new ArrayList<>();
        final List<String> touched = new ArrayList<>();
        final List<String> cancelled = new ArrayList<>();

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
            completed.add(kind);
            return kind.equals("AIM_REVIEW") && scheduled.stream().anyMatch(d -> d.kind().equals(kind)) ? 1 : 0;
        }

        @Override
        public int cancelAll(String subjectType, long subjectId) {
            cancelled.add(subjectType + " " + subjectId);
            return 0;
        }

        @Override
        public void touch(String subjectType, long subjectId, String owner, Long pupilId, LocalDate day,
                          Integer driftSchoolDays) {
            touched.add(owner + " " + day + " " + driftSchoolDays);
        }

        @Override
        public void stopWatching(String subjectType, long subjectId) {
            touched.add("stopped");
        }

        NewDeadline only(String kind) {
            List<NewDeadline> found = scheduled.stream().filter(d -> d.kind().equals(kind)).toList();
            assertThat(found).as(kind + " in " + scheduled).hasSize(1);
            return found.get(0);
        }
    }

    private final RecordingDeadlines deadlines = new RecordingDeadlines();
    private final CaseScheduler scheduler = new CaseScheduler();

    CaseSchedulerOnTheCalendarTest() {
        scheduler.deadlines = deadlines;
    }

    private static PathwayModel model() {
        PathwayModel model = new PathwayModel("TEST", "Test council pathway");
        PathwayLevel one = model.addLevel("L1", "Level 1");
        one.workedBy(Set.of(Role.SCHOOL_ATTENDANCE_LEAD));
        PathwayLevel two = model.addLevel("L2", "Level 2");
        two.review(TimeRule.schoolWeeks(4));
        PathwayLevel three = model.addLevel("L3", "Level 3");
        three.describe("Level 3", null, null, null, true);
        three.review(TimeRule.halfTerms(1));
        return model;
    }

    private static CaseFile caseAt(String level, String officer) {
        CaseFile c = new CaseFile(model().level(level).orElseThrow(), List.of(7L), "Attendance 85% this half term",
                null, officer, MONDAY_2_FEBRUARY, "sas-manager");
        try {
            Field id = CaseFile.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(c, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    @Test
    void theFirstLevelRunsTheEarlyHelpCheckSixSchoolWeeksOnNotCountingTheHalfTerm() {
        scheduler.levelEntered(caseAt("L1", "traded-officer"), MONDAY_2_FEBRUARY);

        NewDeadline check = deadlines.only("L1_EARLY_HELP_CHECK");
        assertThat(check.dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(check.owner()).isEqualTo("traded-officer");
        assertThat(check.subjectType()).isEqualTo(CaseScheduler.SUBJECT);
        assertThat(check.subjectId()).isEqualTo(42L);
        assertThat(check.pupilId()).isEqualTo(7L);
        assertThat(deadlines.touched).containsExactly("traded-officer 2026-02-02 10");
    }

    @Test
    void enteringALevelClosesThePreviousLevelsReviewsBeforeSettingItsOwn() {
        scheduler.levelEntered(caseAt("L2", "early-help-worker"), MONDAY_2_FEBRUARY);

        assertThat(deadlines.completed).contains("LEVEL_REVIEW", "L1_EARLY_HELP_CHECK", "STATUTORY_REVIEW", "L2_CAP",
                "AIM_REVIEW", "AIM_EXTENSION");
        assertThat(deadlines.only(CaseScheduler.LEVEL_REVIEW).dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aStatutoryLevelIsReviewedAtTheEndOfTheHalfTerm() {
        scheduler.levelEntered(caseAt("L3", "statutory-officer"), MONDAY_2_FEBRUARY);

        assertThat(deadlines.only("STATUTORY_REVIEW").dueDate()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(deadlines.scheduled).extracting(NewDeadline::kind).doesNotContain("LEVEL_REVIEW");
    }

    @Test
    void anAimIsReviewedThreeSchoolWeeksLaterAndTheFebruaryHalfTermDoesNotCount() {
        scheduler.recorded(caseAt("L2", "early-help-worker"), EvidenceKind.AIM_MEETING, MONDAY_2_FEBRUARY);

        assertThat(deadlines.only("AIM_REVIEW").dueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(deadlines.completed).containsExactlyInAnyOrder("AIM_REVIEW", "AIM_EXTENSION");
    }

    @Test
    void aReviewThatExtendsAnAimUnderReviewSetsTheExtensionsReviewInsteadOfTheLevels() {
        CaseFile c = caseAt("L2", "early-help-worker");
        scheduler.recorded(c, EvidenceKind.AIM_MEETING, MONDAY_2_FEBRUARY);

        scheduler.reviewed(c, ReviewOutcome.EXTEND, LocalDate.of(2026, 3, 2));

        assertThat(deadlines.only("AIM_EXTENSION").dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(deadlines.scheduled).extracting(NewDeadline::kind).doesNotContain("LEVEL_REVIEW");
    }

    @Test
    void aReviewThatContinuesSetsTheLevelsNextReviewAndTheEasterHolidayDoesNotCount() {
        scheduler.reviewed(caseAt("L2", "early-help-worker"), ReviewOutcome.CONTINUE, LocalDate.of(2026, 3, 2));

        // four school weeks from 2 March: 9, 16 and 23 March, then the first week of the summer term
        assertThat(deadlines.only(CaseScheduler.LEVEL_REVIEW).dueDate()).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void aCaseWaitingForAllocationHasItsDeadlinesOwnedByTheServiceManager() {
        scheduler.levelEntered(caseAt("L2", null), MONDAY_2_FEBRUARY);

        assertThat(deadlines.only(CaseScheduler.LEVEL_REVIEW).owner()).isEqualTo("sas-manager");
    }

    @Test
    void closingACaseCancelsItsDeadlinesAndStopsTheDriftWatch() {
        scheduler.closed(caseAt("L2", "early-help-worker"));

        assertThat(deadlines.cancelled).containsExactly("case 42");
        assertThat(deadlines.touched).containsExactly("stopped");
    }
}
