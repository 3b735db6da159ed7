package uk.gov.pathway.casework.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.control.AttendanceComparison;
import uk.gov.pathway.casework.control.CaseAccess;
import uk.gov.pathway.casework.control.CaseContext;
import uk.gov.pathway.casework.control.CaseEvidence;
import uk.gov.pathway.casework.entity.Assessment;
import uk.gov.pathway.casework.entity.AssessmentNeeded;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.Contact;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.LevelChange;
import uk.gov.pathway.casework.entity.PathwayLevel;
import uk.gov.pathway.casework.entity.Plan;
import uk.gov.pathway.casework.entity.PlanAction;
import uk.gov.pathway.casework.entity.Review;
import uk.gov.pathway.casework.entity.ReviewOutcome;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/**
 * Assess, Plan, Do, Review on a case (spec/PRODUCT.md): assessments and the further assessments they call for, plans
 * with actions, contacts and meetings (the evidence the gates count), actions done with evidence, and reviews that
 * compare attendance before and after from the marks.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class CaseWork {

    @EJB
    Cases cases;

    @Inject
    CaseEvidence evidence;

    @Inject
    AttendanceComparison comparison;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    CaseContext context;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The workspace of a case the caller reads (a school lead sees only the summary of their pupils' cases: 404). */
    public CaseDetail detail(long caseId) {
        CaseContext.Loaded loaded = context.readable(caseId);
        CaseFile c = loaded.file();
        if (!CaseAccess.reads(loaded.caller(), c, loaded.children().values())
                && !CaseAccess.works(loaded.caller(), c, loaded.children().values())) {
            context.refused(c, "case " + caseId, "the workspace of a case the caller sees only the status of");
            throw new NotVisibleException("Case " + caseId);
        }
        Map<EvidenceKind, Integer> recorded = evidence.recorded(caseId);
        List<CaseDetail.GateItem> gate = c.level().requirements().stream()
                .map(r -> new CaseDetail.GateItem(r.kind().name(), r.label(), r.minCount(),
                        recorded.getOrDefault(r.kind(), 0))).toList();
        boolean mayWork = c.open() && CaseAccess.works(loaded.caller(), c, loaded.children().values());
        String next = c.model().after(c.level()).map(l -> l.code() + " " + l.name()).orElse(null);
        List<CaseDetail.ContactView> contacts = em.createNamedQuery(Contact.OF_CASE, Contact.class)
                .setParameter("caseId", caseId).getResultList().stream()
                .map(x -> new CaseDetail.ContactView(x.id(), x.kind().name(), x.kind().label(), x.occurredOn(),
                        x.summary(), x.notes(), x.attendees(), x.familyPresent(), x.durationMinutes(),
                        x.recordedBy(), x.kind().meeting())).toList();
        List<CaseDetail.AssessmentView> assessments = em.createNamedQuery(Assessment.OF_CASE, Assessment.class)
                .setParameter("caseId", caseId).getResultList().stream().map(a -> {
                    Assessment.Details d = a.details();
                    return new CaseDetail.AssessmentView(a.id(), d.assessedOn(), d.reasons(), d.needsEducation(),
                            d.needsHealth(), d.needsCare(), d.childVoice(), d.alreadyTried(), d.supportRequired(),
                            a.recordedBy());
                }).toList();
        List<CaseDetail.NeededView> needed = em.createNamedQuery(AssessmentNeeded.OF_CASE, AssessmentNeeded.class)
                .setParameter("caseId", caseId).getResultList().stream()
                .map(n -> new CaseDetail.NeededView(n.id(), n.kind().name(), n.kind().label(), n.dueOn(),
                        n.completedOn(), n.notes())).toList();
        List<CaseDetail.PlanView> plans = em.createNamedQuery(Plan.OF_CASE, Plan.class).setParameter("caseId", caseId)
                .getResultList().stream().map(p -> new CaseDetail.PlanView(p.id(), p.createdOn(),
                        p.targetAttendancePercent(), p.targets(), p.sharedWithFamily(), p.sharedWithChild(),
                        p.meetingId(), p.recordedBy(), p.actions().stream().map(a -> new CaseDetail.ActionView(a.id(),
                                a.description(), a.ownerKind().name(), a.ownerName(), a.dueOn(), a.expectedOutcome(),
                                a.doneOn(), a.evidence(), a.version())).toList())).toList();
        List<CaseDetail.ReviewView> reviews = em.createNamedQuery(Review.OF_CASE, Review.class)
                .setParameter("caseId", caseId).getResultList().stream().map(r -> {
                    Review.Comparison x = r.comparison();
                    return new CaseDetail.ReviewView(r.id(), r.reviewedOn(), x.intervention().name(), x.beforeFrom(),
                            x.beforeTo(), x.beforePercent(), x.afterFrom(), x.afterTo(), x.afterPercent(),
                            r.familyFeltSupported(), r.actionsCompleted(), r.actionsTotal(), r.childVoice(),
                            r.considerLegal(), r.outcome().name(), r.notes(), r.recordedBy());
                }).toList();
        List<CaseDetail.LevelChangeView> history = em.createNamedQuery(LevelChange.OF_CASE, LevelChange.class)
                .setParameter("caseId", caseId).getResultList().stream()
                .map(h -> new CaseDetail.LevelChangeView(h.direction().name(), code(h.from()), code(h.to()),
                        h.changedOn(), h.changedBy(), h.reason(), h.overrideReason(), h.missingEvidence())).toList();
        for (Long pupilId : c.pupilIds()) {
            audit.fire(AuditEvent.read(pupilId, "case " + caseId, "case workspace"));
        }
        boolean gateMet = gate.stream().allMatch(CaseDetail.GateItem::met);
        return new CaseDetail(CaseSummary.of(c, loaded.children(), loaded.caller()), c.model().name(), c.level().description(), next,
                gate, mayWork, mayWork && next != null && gateMet, contacts, assessments, needed, plans, reviews,
                history);
    }

    private static String code(PathwayLevel level) {
        return level == null ? null : level.code();
    }

    /**
     * Whether the caller may work the case, before anything they sent is read: 404 for a case they cannot see, 403 for
     * one they may not work, 400 for a closed one.
     */
    public void requireWorks(long caseId) {
        context.working(caseId);
    }

    /**
     * {@link #recordContact(long, Contact.Details, CaseRecords.PlanDraft)} from the contact as written: the case is
     * checked first (404, 403), then what was sent (400 naming "contact").
     */
    public long recordContact(long caseId, CaseRecords.ContactDraft draft, CaseRecords.PlanDraft plan) {
        context.working(caseId);
        if (draft == null) {
            throw new InvalidInputException("contact", "the contact's details are required");
        }
        Contact.Details details;
        try {
            details = new Contact.Details(EvidenceKind.of("kind", draft.kind()), draft.occurredOn(), draft.summary(),
                    draft.notes(), draft.attendees(), draft.familyPresent(), draft.durationMinutes());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("contact", invalid.getMessage());
        }
        return recordContact(caseId, details, plan);
    }

    /** A call, letter, visit or meeting; a meeting may make a plan with its actions (e.g. an AIM's action plan). */
    public long recordContact(long caseId, Contact.Details details, CaseRecords.PlanDraft plan) {
        CaseContext.Loaded loaded = context.working(caseId);
        if (details == null) {
            throw new InvalidInputException("contact", "the contact's details are required");
        }
        requireNotFuture("date", details.occurredOn());
        if (details.occurredOn().isBefore(loaded.file().openedOn())) {
            throw new InvalidInputException("date", "date " + details.occurredOn() + " is before the case was opened ("
                    + loaded.file().openedOn() + ")");
        }
        if (plan != null && !details.kind().meeting()) {
            throw new InvalidInputException("plan", "Only a meeting makes a plan; record the plan on its own");
        }
        Contact contact = new Contact(caseId, details, loaded.caller().username(), clock.instant());
        em.persist(contact);
        em.flush();
        context.announce(loaded.file(), details.kind().name(), details.kind().label() + ": " + details.summary().strip(),
                loaded.caller().username());
        if (plan != null) {
            addPlan(loaded, plan, contact.id());
        }
        context.scheduled(loaded.file(), details.kind(), details.occurredOn());
        return contact.id();
    }

    @EJB
    uk.gov.pathway.registration.boundary.Families families;

    /**
     * A parent's interview under caution (PACE Code C) on the case: the parent must be a parent or carer of a child of
     * the case, the day neither in the future nor before the case was opened.
     */
    public long recordInterview(long caseId, CaseRecords.Interview asked) {
        CaseContext.Loaded loaded = context.working(caseId);
        if (asked == null) {
            throw new InvalidInputException("body", "the interview's details are required");
        }
        uk.gov.pathway.casework.entity.InterviewUnderCaution.Details details;
        try {
            details = new uk.gov.pathway.casework.entity.InterviewUnderCaution.Details(asked.carerId(),
                    asked.interviewedOn(), asked.place(), asked.present(), asked.caution(), asked.account(),
                    asked.recordingReference());
        } catch (IllegalArgumentException invalid) {
            String message = invalid.getMessage();
            throw new InvalidInputException(message.substring(0, message.indexOf(' ')), message);
        }
        requireNotFuture("interviewedOn", details.interviewedOn());
        if (details.interviewedOn().isBefore(loaded.file().openedOn())) {
            throw new InvalidInputException("interviewedOn", "interviewedOn " + details.interviewedOn()
                    + " is before the case was opened (" + loaded.file().openedOn() + ")");
        }
        String parent = null;
        for (PupilRef child : loaded.children().values()) {
            for (var carer : families.family(uk.gov.pathway.registration.entity.UniquePupilNumber.of(child.upn()))
                    .carers()) {
                if (carer.carerId() == details.carerId()) {
                    parent = carer.forename() + " " + carer.surname();
                }
            }
        }
        if (parent == null) {
            throw new InvalidInputException("carerId", "carerId " + details.carerId()
                    + " is not a parent or carer of a child of case " + caseId);
        }
        var interview = new uk.gov.pathway.casework.entity.InterviewUnderCaution(caseId, details,
                loaded.caller().username(), clock.instant());
        em.persist(interview);
        em.flush();
        context.touched(loaded.file(), details.interviewedOn());
        context.announce(loaded.file(), "INTERVIEW_UNDER_CAUTION", "Interview under caution of " + parent + " on "
                + details.interviewedOn() + " at " + details.place().strip() + " (recording "
                + details.recordingReference().strip() + ")", loaded.caller().username());
        return interview.id();
    }

    public long recordPlan(long caseId, CaseRecords.PlanDraft draft) {
        return addPlan(context.working(caseId), draft, null);
    }

    private long addPlan(CaseContext.Loaded loaded, CaseRecords.PlanDraft draft, Long meetingId) {
        if (draft == null) {
            throw new InvalidInputException("plan", "the plan is required");
        }
        LocalDate created = draft.createdOn() == null ? LocalDate.now(clock) : draft.createdOn();
        requireNotFuture("createdOn", created);
        Plan plan;
        try {
            plan = new Plan(loaded.file().id(), created, draft.targetAttendancePercent(), draft.targets(),
                    draft.sharedWithFamily(), draft.sharedWithChild(), meetingId, loaded.caller().username());
            if (draft.actions() == null || draft.actions().isEmpty()) {
                throw new IllegalArgumentException("actions: a plan needs at least one action");
            }
            int index = 1;
            for (CaseRecords.ActionDraft a : draft.actions()) {
                try {
                    plan.addAction(new PlanAction.Details(a.description(), ownerKind(a.ownerKind()), a.ownerName(),
                            a.dueOn(), a.expectedOutcome()));
                } catch (IllegalArgumentException invalid) {
                    throw new IllegalArgumentException("actions[" + index + "]: " + invalid.getMessage());
                }
                index++;
            }
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("plan", invalid.getMessage());
        }
        em.persist(plan);
        em.flush();
        context.touched(loaded.file(), created);
        context.announce(loaded.file(), "PLAN", "Plan made with " + plan.actions().size() + " action(s)"
                + (plan.targetAttendancePercent() == null ? "" : ", attendance target "
                + plan.targetAttendancePercent() + "%"), loaded.caller().username());
        return plan.id();
    }

    private static PlanAction.OwnerKind ownerKind(String kind) {
        try {
            return PlanAction.OwnerKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("ownerKind '" + kind + "' is not PERSON or AGENCY");
        }
    }

    public void actionDone(long caseId, long actionId, LocalDate on, String evidenceText, long version) {
        CaseContext.Loaded loaded = context.working(caseId);
        PlanAction action = em.find(PlanAction.class, actionId);
        if (action == null || action.plan().caseId() != caseId) {
            throw new NotVisibleException("Action " + actionId + " of case " + caseId);
        }
        if (action.version() != version) {
            throw new OptimisticLockException("Action " + actionId + " changed since version " + version);
        }
        requireNotFuture("doneOn", on);
        try {
            action.done(on, evidenceText);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("action", invalid.getMessage());
        }
        context.announce(loaded.file(), "ACTION_DONE", "Action done: " + action.description(),
                loaded.caller().username());
        context.touched(loaded.file(), on);
    }

    /** {@link #recordAssessment(long, Assessment.Details, List)} from the assessment as written (400: "assessment"). */
    public long recordAssessment(long caseId, CaseRecords.AssessmentDraft draft,
                                 List<CaseRecords.NeededAssessment> needed) {
        context.working(caseId);
        if (draft == null) {
            throw new InvalidInputException("assessment", "the assessment is required");
        }
        Assessment.Details details;
        try {
            details = new Assessment.Details(draft.assessedOn(), draft.reasons(), draft.needsEducation(),
                    draft.needsHealth(), draft.needsCare(), draft.childVoice(), draft.alreadyTried(),
                    draft.supportRequired());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("assessment", invalid.getMessage());
        }
        return recordAssessment(caseId, details, needed);
    }

    public long recordAssessment(long caseId, Assessment.Details details, List<CaseRecords.NeededAssessment> needed) {
        CaseContext.Loaded loaded = context.working(caseId);
        if (details == null) {
            throw new InvalidInputException("assessment", "the assessment is required");
        }
        requireNotFuture("assessedOn", details.assessedOn());
        Assessment assessment = new Assessment(caseId, details, loaded.caller().username());
        em.persist(assessment);
        List<AssessmentNeeded> further = new ArrayList<>();
        for (CaseRecords.NeededAssessment n : needed == null ? List.<CaseRecords.NeededAssessment>of() : needed) {
            try {
                AssessmentNeeded a = new AssessmentNeeded(caseId, EvidenceKind.of("kind", n.kind()), n.dueOn(),
                        n.notes());
                em.persist(a);
                further.add(a);
            } catch (IllegalArgumentException invalid) {
                throw new InvalidInputException("assessmentsNeeded", invalid.getMessage());
            }
        }
        em.flush();
        context.announce(loaded.file(), "ASSESSMENT", "Assessment: " + details.reasons().strip()
                + (further.isEmpty() ? "" : "; needs " + further.stream().map(a -> a.kind().label()
                .replace(" completed", "") + " by " + a.dueOn()).toList()), loaded.caller().username());
        context.touched(loaded.file(), details.assessedOn());
        return assessment.id();
    }

    public void completeAssessment(long caseId, long neededId, LocalDate on, String notes) {
        CaseContext.Loaded loaded = context.working(caseId);
        AssessmentNeeded needed = em.find(AssessmentNeeded.class, neededId);
        if (needed == null || needed.caseId() != caseId) {
            throw new NotVisibleException("Assessment " + neededId + " of case " + caseId);
        }
        requireNotFuture("completedOn", on);
        try {
            needed.complete(on, notes);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("completedOn", invalid.getMessage());
        }
        context.announce(loaded.file(), needed.kind().name(), needed.kind().label(), loaded.caller().username());
        context.scheduled(loaded.file(), needed.kind(), on);
    }

    /**
     * Reviews the case: attendance in the school weeks since the latest plan (or since the level began) against as
     * many school weeks before, computed from the marks; then applies the outcome (step up through the gate, step
     * down, close, or continue/extend).
     */
    public long recordReview(long caseId, CaseRecords.ReviewDraft draft, String closeOutcome) {
        context.working(caseId);
        if (draft == null) {
            throw new InvalidInputException("review", "the review is required");
        }
        Review.Details details;
        try {
            ReviewOutcome outcome;
            try {
                outcome = draft.outcome() == null ? null : ReviewOutcome.valueOf(draft.outcome().strip());
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("outcome '" + draft.outcome() + "' is not one of "
                        + java.util.Arrays.toString(ReviewOutcome.values()));
            }
            details = new Review.Details(draft.reviewedOn(), draft.familyFeltSupported(), draft.childVoice(),
                    draft.considerLegal(), outcome, draft.notes());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("review", invalid.getMessage());
        }
        return recordReview(caseId, details, closeOutcome);
    }

    /** {@link #recordReview(long, CaseRecords.ReviewDraft, String)} with the review's details already checked. */
    public long recordReview(long caseId, Review.Details details, String closeOutcome) {
        CaseContext.Loaded loaded = context.working(caseId);
        CaseFile c = loaded.file();
        if (details == null) {
            throw new InvalidInputException("review", "the review is required");
        }
        requireNotFuture("reviewedOn", details.reviewedOn());
        List<Plan> plans = em.createNamedQuery(Plan.OF_CASE, Plan.class).setParameter("caseId", caseId)
                .getResultList();
        Plan latest = plans.isEmpty() ? null : plans.get(0);
        EvidenceKind intervention = EvidenceKind.SUPPORT_PLAN;
        LocalDate start = c.levelSince();
        if (latest != null) {
            start = latest.createdOn();
            if (latest.meetingId() != null) {
                Contact meeting = em.find(Contact.class, latest.meetingId());
                intervention = meeting == null ? intervention : meeting.kind();
            }
        }
        if (details.reviewedOn().isBefore(start)) {
            throw new InvalidInputException("reviewedOn", "reviewedOn " + details.reviewedOn()
                    + " is before the plan it reviews (" + start + ")");
        }
        Review.Comparison compared = comparison.compare(intervention, start, details.reviewedOn(),
                loaded.children().values().stream().map(PupilRef::upn).toList());
        int total = latest == null ? 0 : latest.actions().size();
        int done = latest == null ? 0 : (int) latest.actions().stream().filter(a -> a.doneOn() != null).count();
        if (details.outcome() == ReviewOutcome.EXTEND) {
            context.requireExtensionAllowed(c);
        }
        Review review = new Review(caseId, details, compared, done, total, loaded.caller().username());
        em.persist(review);
        em.flush();
        context.announce(c, "REVIEW", "Review: attendance " + orDash(compared.beforePercent()) + "% before, "
                + orDash(compared.afterPercent()) + "% since; outcome " + details.outcome(), loaded.caller().username());
        switch (details.outcome()) {
            case STEP_UP -> cases.stepUp(caseId, null);
            case STEP_DOWN -> cases.stepDown(caseId, details.notes() == null ? "Review decided to step down"
                    : details.notes());
            case CLOSE -> cases.close(caseId, closeOutcome, details.notes());
            case CONTINUE, EXTEND -> context.reviewed(c, details.outcome(), details.reviewedOn());
        }
        return review.id();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private void requireNotFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(field, field + " " + date + " is in the future");
        }
    }
}
