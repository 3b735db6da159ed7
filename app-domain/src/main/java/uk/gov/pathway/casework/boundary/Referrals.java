package uk.gov.pathway.casework.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.control.AttendanceComparison;
import uk.gov.pathway.casework.control.CaseScheduler;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.PathwayLevel;
import uk.gov.pathway.casework.entity.Referral;
import uk.gov.pathway.casework.entity.ReferralStatus;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.audit.AuditTrail;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Referrals from schools through the portal, and the officer's triage: accept (open a case, or move the child's open
 * case to the level), not suitable for now (reviewed again within six school weeks), or decline with a reason the
 * school sees.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class Referrals {

    public record ReferralView(long id, String upn, String childName, String laestab, String schoolName,
                               String referredBy, LocalDate referredOn, Referral.Details details, String status,
                               String triagedBy, LocalDate triagedOn, String decisionReason, LocalDate reviewBy,
                               Long caseId, String caseLevel, String caseStatus, long version) implements Serializable {
    }

    @EJB
    AccessControl access;

    @EJB
    PupilDirectory directory;

    @EJB
    Families families;

    @EJB
    SchoolCalendarService calendars;

    @EJB
    Cases cases;

    @EJB
    PathwayModels models;

    @Inject
    AttendanceComparison attendance;

    @Inject
    CaseScheduler scheduler;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Event<AuditEvent> audit;

    @EJB
    AuditTrail trail;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The form, pre-filled from the record: attendance this year and in each earlier year held, siblings, parents. */
    @RolesAllowed(Roles.SCHOOL_ATTENDANCE_LEAD)
    public Referral.Details prefill(UniquePupilNumber upn) {
        PupilRef child = directory.visible(upn);
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = calendars.calendar().academicYearStart(today);
        BigDecimal now = attendance.percent(List.of(child.upn()), yearStart, today);
        String summary = "Attendance this academic year (" + yearStart + " to " + today + "): "
                + (now == null ? "no possible sessions yet" : now + "%");
        List<String> history = new ArrayList<>();
        for (AcademicYear year : calendars.calendar().academicYears()) {
            if (year.start().isBefore(yearStart) && !year.start().isBefore(yearStart.minusYears(3))) {
                BigDecimal percent = attendance.percent(List.of(child.upn()), year.start(), year.end());
                history.add(year.label() + ": " + (percent == null ? "not on roll / no marks" : percent + "%"));
            }
        }
        history.add("This year so far: " + (now == null ? "no marks yet" : now + "%"));
        Families.FamilyView family = families.family(upn);
        String siblings = family.siblings().stream().map(s -> s.forename() + " " + s.surname() + " (" + s.upn()
                + ", " + (s.schoolName() == null ? "no school" : s.schoolName()) + ")").collect(Collectors.joining("; "));
        String parents = family.carers().stream().map(c -> c.forename() + " " + c.surname() + " ("
                + c.relationship().toLowerCase().replace('_', ' ') + (c.parentalResponsibility()
                ? ", parental responsibility" : "") + (c.livesWith() ? ", lives with the child" : "") + ")"
                + (c.address() == null ? "" : ", " + c.address())).collect(Collectors.joining("; "));
        return new Referral.Details("", summary, String.join("\n", history), siblings.isEmpty() ? null : siblings,
                parents.isEmpty() ? null : parents, null, null, null, null, null, null, null);
    }

    /** {@link #refer(UniquePupilNumber, Referral.Details)} from the referral as written (400: "upn", "referral"). */
    @RolesAllowed(Roles.SCHOOL_ATTENDANCE_LEAD)
    public ReferralView refer(String upn, CaseRecords.ReferralDraft draft) {
        UniquePupilNumber number;
        try {
            number = UniquePupilNumber.of(upn == null ? "" : upn.strip());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("upn", invalid.getMessage());
        }
        Referral.Details details = null;
        if (draft != null) {
            try {
                details = new Referral.Details(draft.reason(), draft.attendanceSummary(), draft.attendanceHistory(),
                        draft.siblings(), draft.parents(), draft.exclusions(), draft.sendInformation(),
                        draft.medicalAndGp(), draft.pastoralSupport(), draft.earlyHelpAssessment(),
                        draft.otherAgencies(), draft.extenuatingFactors());
            } catch (IllegalArgumentException invalid) {
                throw new InvalidInputException("referral", invalid.getMessage());
            }
        }
        return refer(number, details);
    }

    @RolesAllowed(Roles.SCHOOL_ATTENDANCE_LEAD)
    public ReferralView refer(UniquePupilNumber upn, Referral.Details details) {
        Caller caller = access.caller();
        PupilRef child = directory.visible(upn);
        if (child.laestab() == null || !caller.pupilScope().covers(new Laestab(child.laestab()))) {
            throw new NotVisibleException("Pupil " + upn);
        }
        if (details == null) {
            throw new InvalidInputException("referral", "the referral form is required");
        }
        boolean pending = em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.pupilId = :pupil"
                + " AND r.status = :status", Long.class).setParameter("pupil", child.id())
                .setParameter("status", ReferralStatus.SUBMITTED).getSingleResult() > 0;
        if (pending) {
            throw new InvalidInputException("upn", child.name() + " already has a referral waiting for triage");
        }
        Referral referral;
        try {
            referral = new Referral(child.id(), new Laestab(child.laestab()), caller.username(), LocalDate.now(clock),
                    details);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException(invalid.getMessage().split(" ")[0], invalid.getMessage());
        }
        em.persist(referral);
        em.flush();
        announce(referral, "REFERRED", "Referred by " + child.schoolName() + ": " + details.reason().strip(),
                caller.username());
        return view(referral, Map.of(child.id(), child));
    }

    /** What an officer triages: new referrals and not-suitable ones due for review, within their scope. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public List<ReferralView> forTriage() {
        Caller caller = access.caller();
        // One read of both: the new ones first, then those not suitable for now, each the oldest first.
        List<Referral> waiting = new ArrayList<>(em.createQuery("SELECT r FROM Referral r WHERE r.status IN :waiting"
                + " ORDER BY r.referredOn, r.id", Referral.class)
                .setParameter("waiting", List.of(ReferralStatus.SUBMITTED, ReferralStatus.NOT_SUITABLE))
                .getResultList());
        waiting.sort(java.util.Comparator.comparing((Referral r) -> r.status() != ReferralStatus.SUBMITTED));
        return listed(caller, waiting, "referrals for triage");
    }

    /**
     * The referrals the caller reads, newest first (at most {@value #LISTED}), by the same rule as one referral
     * ({@link #reads}): a school lead their school's, with the status and the officer's reason; an officer those in
     * their scope. Each listed child's read is audited.
     */
    public List<ReferralView> ofMySchools() {
        Caller caller = access.caller();
        AccessScope schools = caller.pupilScope();
        List<Referral> candidates = caller.has(Role.SCHOOL_ATTENDANCE_LEAD) && !schools.allSchools()
                ? (schools.coversNothing() ? List.of() : em.createNamedQuery(Referral.OF_SCHOOLS, Referral.class)
                        .setParameter("schools", List.copyOf(schools.schools())).getResultList())
                : em.createNamedQuery(Referral.ALL, Referral.class).getResultList();
        return listed(caller, candidates, "list of referrals");
    }

    private static final int LISTED = 500;

    /** The referrals of these the caller reads, each child's read audited as {@code what}. */
    private List<ReferralView> listed(Caller caller, List<Referral> candidates, String what) {
        Map<Long, PupilRef> refs = directory.refs(candidates.stream().map(Referral::pupilId).toList());
        List<Referral> shown = candidates.stream().filter(r -> reads(caller, r, refs.get(r.pupilId())))
                .limit(LISTED).toList();
        // the list read itself (found by the request even when it lists nobody), then each child it names
        audit.fire(AuditEvent.read(null, "referrals list", what + ": " + shown.size() + " shown"));
        shown.forEach(r -> audit.fire(AuditEvent.read(r.pupilId(), "referral " + r.id(), what)));
        return shown.stream().map(r -> view(r, refs)).toList();
    }

    public ReferralView referral(long id) {
        Referral r = visible(id);
        Map<Long, PupilRef> refs = directory.refs(List.of(r.pupilId()));
        audit.fire(AuditEvent.read(r.pupilId(), "referral " + id, "referral"));
        return view(r, refs);
    }

    /** Accepts at a level: opens a case allocated to the caller, or moves the child's open case there. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public ReferralView accept(long id, String level, long version) {
        Referral r = triageable(id, version);
        PupilRef child = directory.ref(r.pupilId()).orElseThrow(() -> new NotVisibleException("Referral " + id));
        CaseFile open = em.createNamedQuery(CaseFile.OF_PUPIL, CaseFile.class).setParameter("pupil", r.pupilId())
                .getResultList().stream().filter(CaseFile::open).findFirst().orElse(null);
        long caseId;
        if (open == null) {
            caseId = cases.open(new CaseRecords.NewCase(List.of(child.upn()), level, r.details().reason(),
                    r.referredBy() + " (" + child.schoolName() + ")", null, null)).id();
        } else {
            PathwayLevel target = open.model().level(level).orElseThrow(() -> new InvalidInputException("level",
                    "level '" + level + "' is not a level of " + open.model().name()));
            while (open.level().position() < target.position()) {
                cases.stepUp(open.id(), null);
            }
            caseId = open.id();
        }
        r.accept(caseId, access.caller().username(), LocalDate.now(clock));
        scheduler.referralDecided(id);
        announce(r, "REFERRAL_ACCEPTED", "Referral accepted at " + level + " (case " + caseId + ")",
                access.caller().username());
        return view(r, Map.of(child.id(), child));
    }

    /** Not suitable for now (e.g. a bereavement): to be reviewed again by a date at most six school weeks away. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public ReferralView notSuitableNow(long id, String reason, LocalDate reviewBy, long version) {
        Referral r = triageable(id, version);
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = sixSchoolWeeksAfter(today, models.activeModel().timescales().notSuitableReviewWeeks());
        try {
            r.notSuitableNow(reason, reviewBy == null ? latest : reviewBy, latest, access.caller().username(), today);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("reviewBy", invalid.getMessage());
        }
        scheduler.referralDecided(id);
        PupilRef child = directory.ref(r.pupilId()).orElseThrow();
        scheduler.referralToReview(id, r.pupilId(), access.caller().username(), child.name(), r.reviewBy());
        announce(r, "REFERRAL_NOT_SUITABLE", "Referral not suitable for now (review by " + r.reviewBy() + "): "
                + reason, access.caller().username());
        return view(r, directory.refs(List.of(r.pupilId())));
    }

    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public ReferralView decline(long id, String reason, long version) {
        Referral r = triageable(id, version);
        try {
            r.decline(reason, access.caller().username(), LocalDate.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("reason", invalid.getMessage());
        }
        scheduler.referralDecided(id);
        announce(r, "REFERRAL_DECLINED", "Referral declined: " + reason, access.caller().username());
        return view(r, directory.refs(List.of(r.pupilId())));
    }

    /** The date {@code weeks} school weeks after today on the council calendar (kernel SchoolTimeline). */
    LocalDate sixSchoolWeeksAfter(LocalDate today, int weeks) {
        try {
            return SchoolTimeline.ofCouncil(calendars.calendar()).afterSchoolWeeks(today, weeks);
        } catch (IllegalArgumentException | IllegalStateException notConfigured) {
            // next year's term dates not configured yet: count calendar weeks rather than refuse the triage
            return today.plusWeeks(weeks);
        }
    }

    private Referral triageable(long id, long version) {
        Referral r = em.find(Referral.class, id);
        Caller caller = access.caller();
        if (r == null) {
            throw new NotVisibleException("Referral " + id);
        }
        if (!triages(caller, directory.ref(r.pupilId()).orElse(null))) {
            trail.refused(r.pupilId(), "referral " + id, "triage of a referral outside the caller's scope");
            throw new NotVisibleException("Referral " + id);
        }
        if (r.version() != version) {
            throw new OptimisticLockException("Referral " + id + " changed since version " + version);
        }
        return r;
    }

    private Referral visible(long id) {
        Referral r = em.find(Referral.class, id);
        Caller caller = access.caller();
        if (r == null) {
            throw new NotVisibleException("Referral " + id);
        }
        if (!reads(caller, r, directory.ref(r.pupilId()).orElse(null))) {
            trail.refused(r.pupilId(), "referral " + id, "a referral outside the caller's scope");
            throw new NotVisibleException("Referral " + id);
        }
        return r;
    }

    /**
     * Who reads a referral, in a list or on its own (README, "Who may do what"): a school lead their school's; an
     * officer or the manager one they triage.
     */
    private static boolean reads(Caller caller, Referral r, PupilRef child) {
        boolean school = caller.has(Role.SCHOOL_ATTENDANCE_LEAD) && caller.pupilScope().covers(r.school());
        return school || triages(caller, child);
    }

    /** The manager and statutory and early help officers triage any referral; a traded officer their link schools'. */
    private static boolean triages(Caller caller, PupilRef child) {
        if (child == null) {
            return false;
        }
        if (caller.hasAny(Role.SAS_MANAGER, Role.STATUTORY_OFFICER, Role.EARLY_HELP_WORKER)) {
            return true;
        }
        return caller.has(Role.TRADED_OFFICER) && caller.username().equals(child.schoolLinkOfficer());
    }

    private ReferralView view(Referral r, Map<Long, PupilRef> refs) {
        PupilRef child = refs.get(r.pupilId());
        CaseFile c = r.caseId() == null ? null : em.find(CaseFile.class, r.caseId());
        return new ReferralView(r.id(), child == null ? null : child.upn(), child == null ? null : child.name(),
                r.school().value(), child == null ? null : child.schoolName(), r.referredBy(), r.referredOn(),
                r.details(), r.status().name(), r.triagedBy(), r.triagedOn(), r.decisionReason(), r.reviewBy(),
                r.caseId(), c == null ? null : c.level().code(), c == null ? null : c.status().name(), r.version());
    }

    private void announce(Referral r, String kind, String summary, String actor) {
        chronology.fire(new ChronologyEntry(clock.instant(), r.pupilId(), r.caseId(), "casework", kind, summary, actor));
        audit.fire(AuditEvent.change(r.pupilId(), "referral " + r.id(), summary));
    }

}
