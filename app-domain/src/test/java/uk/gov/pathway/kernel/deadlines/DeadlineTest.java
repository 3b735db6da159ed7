package uk.gov.pathway.kernel.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;

class DeadlineTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private static NewDeadline aimReview() {
        return new NewDeadline("AIM_REVIEW", "AIM review for case 1050", "case", 1050L, 77L, "traded-officer",
                LocalDate.of(2026, 1, 26));
    }

    @Test
    void aNewDeadlineIsOpenUntilItIsMet() {
        Deadline deadline = new Deadline(aimReview(), "traded-officer", NOW);
        assertThat(deadline.status()).isEqualTo(DeadlineStatus.OPEN);
        deadline.complete(NOW.plusSeconds(60));
        assertThat(deadline.status()).isEqualTo(DeadlineStatus.DONE);
        assertThat(deadline.closedAt()).isEqualTo(NOW.plusSeconds(60));
        deadline.complete(NOW.plusSeconds(120));
        assertThat(deadline.closedAt()).as("met once").isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aNewOwnerIsAUserName() {
        assertThatThrownBy(() -> Deadline.requireOwner(" ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("user name of 1 to 100 characters");
        Deadline.requireOwner("statutory-officer");
    }

    @Test
    void everyMissingOrMalformedFieldIsNamed() {
        assertThatThrownBy(() -> new Deadline(new NewDeadline("aim review", " ", "Case", 1, null, "", null), "x", NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(InputProblem::field)
                        .containsExactly("kind", "title", "subjectType", "owner", "dueDate"));
    }

    @Test
    void theSettingsHaveTheDefaultsOfTheIssueAndRefuseNonsense() {
        DeadlineSettings defaults = DeadlineSettings.of(new Properties());
        assertThat(defaults).isEqualTo(new DeadlineSettings(5, 10, "pathway.example", "sas-manager"));
        Properties properties = new Properties();
        properties.setProperty(DeadlineSettings.DRIFT_DAYS, "fifteen");
        assertThatThrownBy(() -> DeadlineSettings.of(properties))
                .hasMessage("pathway.drift.school-days must be a whole number of school days; got 'fifteen'");
        properties.setProperty(DeadlineSettings.DRIFT_DAYS, "15");
        properties.setProperty(DeadlineSettings.MAIL_DOMAIN, "council.example");
        assertThat(DeadlineSettings.of(properties).driftSchoolDays()).isEqualTo(15);
        assertThat(DeadlineSettings.of(properties).mailDomain()).isEqualTo("council.example");
    }

    @Test
    void aDeadlineAndItsTaskDescribeTheSubjectAlike() {
        Deadline deadline = new Deadline(new NewDeadline("AIM_REVIEW", "AIM review for case 1050", "case", 1050, 77L,
                "traded-officer", LocalDate.of(2026, 1, 26)), "traded-officer", NOW);
        Task task = new Task("traded-officer", "AIM_REVIEW", deadline.title(), null, deadline.subject(), 50L,
                deadline.dueDate(), NOW);
        assertThat(task.subject()).isSameAs(deadline.subject());
        assertThat(task.subjectType()).isEqualTo("case");
        assertThat(task.subjectId()).isEqualTo(1050);
        assertThat(task.pupilId()).isEqualTo(77L);
    }

    @Test
    void aTaskIsOverdueOnlyWhileOpenAfterItsDueDate() {
        Task task = new Task("traded-officer", "AIM_REVIEW", "AIM review for case 1050", null,
                new Subject("case", 1050, 77L), 50L, LocalDate.of(2026, 1, 26), NOW);
        assertThat(task.isOverdue(LocalDate.of(2026, 1, 26))).isFalse();
        assertThat(task.isOverdue(LocalDate.of(2026, 1, 27))).isTrue();
        task.done("traded-officer", NOW);
        task.done("sas-manager", NOW.plusSeconds(5));
        assertThat(task.isOverdue(LocalDate.of(2026, 1, 27))).isFalse();
        assertThat(task.doneBy()).as("done once").isEqualTo("traded-officer");
    }
}
