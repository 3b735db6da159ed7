package uk.gov.pathway.web.view.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.casework.boundary.CaseRow;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.kernel.deadlines.DeadlineStatus;
import uk.gov.pathway.kernel.deadlines.DeadlineView;

/** What a caseload line says, worked out once from the case's row and its deadlines not yet met. */
class CaseloadLineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

    private static CaseRow row(String officer, LocalDate lastActivity, int quietDays) {
        CaseSummary summary = new CaseSummary(7, "L2", "Level 2", "OPEN", "KNOWSLEY", officer, "Attendance 86%",
                LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 2), null, null,
                List.of(new CaseSummary.Child("A123", "Sam Doe", "9991001", "Riverside Primary"),
                        new CaseSummary.Child("B123", "Alex Doe", "9991002", "Hillcrest Academy"),
                        new CaseSummary.Child("C123", "Kim Doe", "9991001", "Riverside Primary")), 3);
        return new CaseRow(summary, lastActivity, quietDays, 20, "3 school weeks");
    }

    private static DeadlineView deadline(String title, LocalDate due, DeadlineStatus status, Instant escalated) {
        return new DeadlineView(1, "REVIEW", title, "case", 7, null, "me", due, status, null, escalated, null);
    }

    @Test
    void anOverdueEscalatedDeadlineOfYourOwnCase() {
        CaseloadBacking.Line line = new CaseloadBacking.Line(row("me", LocalDate.of(2026, 2, 2), 21),
                List.of(deadline("Case 7: review the action plan", LocalDate.of(2026, 3, 2), DeadlineStatus.FIRED,
                        Instant.parse("2026-03-06T09:00:00Z")),
                        deadline("Case 7: level ends", LocalDate.of(2026, 4, 1), DeadlineStatus.OPEN, null)),
                "me", TODAY);

        assertThat(line.isMine()).isTrue();
        assertThat(line.getOfficerText()).isEqualTo("me (you)");
        assertThat(line.getChildren()).isEqualTo("Sam Doe, Alex Doe and Kim Doe");
        assertThat(line.getSchools()).isEqualTo("Riverside Primary, Hillcrest Academy");
        assertThat(line.getLevelText()).isEqualTo("L2 Level 2");
        assertThat(line.isDueNow()).isTrue();
        assertThat(line.isOverdue()).isTrue();
        assertThat(line.getDueNowTitles()).containsExactly(
                "Case 7: review the action plan (due 2026-03-02, overdue; the manager has been told)");
        assertThat(line.getNext()).isEqualTo("Case 7: review the action plan, due 2026-03-02");
        assertThat(line.getLastActivity()).isEqualTo("2026-02-02 (21 school days ago)");
        assertThat(line.isDrifting()).isTrue();
    }

    @Test
    void someoneElsesCaseWithNothingComingUpSaysHowOftenItsLevelReviews() {
        CaseloadBacking.Line line = new CaseloadBacking.Line(row(null, TODAY, 0), List.of(), "me", TODAY);

        assertThat(line.isMine()).isFalse();
        assertThat(line.getOfficerText()).isEqualTo("Not allocated");
        assertThat(line.isDueNow()).isFalse();
        assertThat(line.getNext()).isNull();
        assertThat(line.getAtLevel()).isEqualTo("At this level since 2026-02-02; reviewed every 3 school weeks");
        assertThat(line.getLastActivity()).isEqualTo("2026-03-09 (today)");
        assertThat(line.isDrifting()).isFalse();
    }

    @Test
    void aDeadlineDueTodayIsDueButNotOverdue() {
        CaseloadBacking.Line line = new CaseloadBacking.Line(row("me", TODAY.minusDays(1), 1),
                List.of(deadline("Case 7: review", TODAY, DeadlineStatus.FIRED, null)), "me", TODAY);

        assertThat(line.isDueNow()).isTrue();
        assertThat(line.isOverdue()).isFalse();
        assertThat(line.getDueNowTitles()).containsExactly("Case 7: review (due 2026-03-09)");
        assertThat(line.getLastActivity()).isEqualTo("2026-03-08 (1 school day ago)");
    }
}
