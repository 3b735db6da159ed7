package uk.gov.pathway.casework.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the case workspace shows: assess, plan, do, review, the gate, the level history. */
public record CaseDetail(CaseSummary summary, String modelName, String levelDescription, String nextLevel,
                         List<GateItem> gate, boolean mayWork, boolean mayStepUp, List<ContactView> contacts,
                         List<AssessmentView> assessments, List<NeededView> assessmentsNeeded, List<PlanView> plans,
                         List<ReviewView> reviews, List<LevelChangeView> history) implements Serializable {

    /** One requirement of the gate to the next level, with what the case has recorded. */
    public record GateItem(String kind, String label, int needed, int recorded) implements Serializable {
        public boolean met() {
            return recorded >= needed;
        }
    }

    public record ContactView(long id, String kind, String kindLabel, LocalDate occurredOn, String summary,
                              String notes, String attendees, Boolean familyPresent, Integer durationMinutes,
                              String recordedBy, boolean meeting) implements Serializable {
    }

    public record AssessmentView(long id, LocalDate assessedOn, String reasons, String needsEducation,
                                 String needsHealth, String needsCare, String childVoice, String alreadyTried,
                                 String supportRequired, String recordedBy) implements Serializable {
    }

    public record NeededView(long id, String kind, String kindLabel, LocalDate dueOn, LocalDate completedOn,
                             String notes) implements Serializable {
    }

    /** An action of a plan; {@code version} is what marking it done must send back (409 if it changed since). */
    public record ActionView(long id, String description, String ownerKind, String ownerName, LocalDate dueOn,
                             String expectedOutcome, LocalDate doneOn, String evidence, long version) implements Serializable {
    }

    public record PlanView(long id, LocalDate createdOn, BigDecimal targetAttendancePercent, String targets,
                           boolean sharedWithFamily, boolean sharedWithChild, Long meetingId, String recordedBy,
                           List<ActionView> actions) implements Serializable {
    }

    public record ReviewView(long id, LocalDate reviewedOn, String intervention, LocalDate beforeFrom,
                             LocalDate beforeTo, BigDecimal beforePercent, LocalDate afterFrom, LocalDate afterTo,
                             BigDecimal afterPercent, Boolean familyFeltSupported, int actionsCompleted,
                             int actionsTotal, String childVoice, boolean considerLegal, String outcome, String notes,
                             String recordedBy) implements Serializable {
    }

    public record LevelChangeView(String direction, String from, String to, LocalDate on, String by, String reason,
                                  String overrideReason, String missingEvidence) implements Serializable {
    }
}
