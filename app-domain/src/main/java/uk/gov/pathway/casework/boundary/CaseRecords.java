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

    /**
     * A call, letter, visit or meeting as written: its kind by name (a contact or meeting kind, e.g. PHONE_CALL or
     * SCHOOL_MEETING), the day, what happened, and for a meeting who came, whether the family did and how long.
     */
    public record ContactDraft(String kind, LocalDate occurredOn, String summary, String notes, String attendees,
                               Boolean familyPresent, Integer durationMinutes) {
    }

    /** An assessment of the child's needs as written. */
    public record AssessmentDraft(LocalDate assessedOn, String reasons, String needsEducation, String needsHealth,
                                  String needsCare, String childVoice, String alreadyTried, String supportRequired) {
    }

    /** A review as written: its outcome by name (CONTINUE, EXTEND, STEP_UP, STEP_DOWN or CLOSE). */
    public record ReviewDraft(LocalDate reviewedOn, Boolean familyFeltSupported, String childVoice,
                              boolean considerLegal, String outcome, String notes) {
    }

    /** A school's referral of a child as written. */
    public record ReferralDraft(String reason, String attendanceSummary, String attendanceHistory, String siblings,
                                String parents, String exclusions, String sendInformation, String medicalAndGp,
                                String pastoralSupport, String earlyHelpAssessment, String otherAgencies,
                                String extenuatingFactors) {
    }

    /** A parent's interview under caution (PACE 1984 Code C): each detail is required. */
    public record Interview(Long carerId, LocalDate interviewedOn, String place, String present, String caution,
                            String account, String recordingReference) {
    }
}
