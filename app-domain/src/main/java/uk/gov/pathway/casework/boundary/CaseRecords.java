package uk.gov.pathway.casework.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What callers send to open and work a case. */
public final class CaseRecords {

    private CaseRecords() {
    }

    /** A case for one child or siblings (UPNs), at a level of the active model (or the model named). */
    public record NewCase(List<String> upns, String level, String reason, String referrer, String officer,
                          String model) {
    }

    /** A plan, made on its own or at a meeting: target, targets, whether shared, and its actions. */
    public record PlanDraft(LocalDate createdOn, BigDecimal targetAttendancePercent, String targets,
                            boolean sharedWithFamily, boolean sharedWithChild, List<ActionDraft> actions) {
    }

    public record ActionDraft(String description, String ownerKind, String ownerName, LocalDate dueOn,
                              String expectedOutcome) {
    }

    /** A further assessment needed, with its due date. */
    public record NeededAssessment(String kind, LocalDate dueOn, String notes) {
    }

    /** A parent's interview under caution (PACE 1984 Code C): each detail is required. */
    public record Interview(Long carerId, LocalDate interviewedOn, String place, String present, String caution,
                            String account, String recordingReference) {
    }
}
