package uk.gov.pathway.panels.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionFiles;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.audit.AuditTrail;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.cases.CaseDecision;
import uk.gov.pathway.kernel.cases.CaseFacts;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.deadlines.DeadlineSettings;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.NewDeadline;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.panels.boundary.PanelRecords.ActionDraft;
import uk.gov.pathway.panels.boundary.PanelRecords.ActionView;
import uk.gov.pathway.panels.boundary.PanelRecords.AgendaEntry;
import uk.gov.pathway.panels.boundary.PanelRecords.AttendanceView;
import uk.gov.pathway.panels.boundary.PanelRecords.ConflictView;
import uk.gov.pathway.panels.boundary.PanelRecords.DecisionRequest;
import uk.gov.pathway.panels.boundary.PanelRecords.DecisionView;
import uk.gov.pathway.panels.boundary.PanelRecords.MeetingCreated;
import uk.gov.pathway.panels.boundary.PanelRecords.MeetingRow;
import uk.gov.pathway.panels.boundary.PanelRecords.MeetingView;
import uk.gov.pathway.panels.boundary.PanelRecords.MemberView;
import uk.gov.pathway.panels.boundary.PanelRecords.PanelActivity;
import uk.gov.pathway.panels.boundary.PanelRecords.PanelView;
import uk.gov.pathway.panels.boundary.PanelRecords.Present;
import uk.gov.pathway.panels.boundary.PanelRecords.ReferralCreated;
import uk.gov.pathway.panels.boundary.PanelRecords.ReferralView;
import uk.gov.pathway.panels.control.PapersPack;
import uk.gov.pathway.panels.entity.AgendaItem;
import uk.gov.pathway.panels.entity.Agency;
import uk.gov.pathway.panels.entity.Conflict;
import uk.gov.pathway.panels.entity.Decision;
import uk.gov.pathway.panels.entity.DecisionRules;
import uk.gov.pathway.panels.entity.MeetingAttendance;
import uk.gov.pathway.panels.entity.MeetingCadence;
import uk.gov.pathway.panels.entity.NeglectFactor;
import uk.gov.pathway.panels.entity.Outcome;
import uk.gov.pathway.panels.entity.Panel;
import uk.gov.pathway.panels.entity.PanelMeeting;
import uk.gov.pathway.panels.entity.PanelReferral;
import uk.gov.pathway.panels.entity.Quorum;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.boundary.ChildAttendance;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/**
 * Panels (issue 11): their configuration, meetings, referrals, agendas, papers, attendance, conflicts, minutes and
 * decisions. Who may do what: the service manager everything; a panel's chair runs its meetings; its members read its
 * meetings and the papers of the cases on their agendas, from the moment a case is listed until the panel's set
 * number of school days after its decision, and nothing else (a declared conflict: no papers for that case); those who
 * work a case refer it. A meeting of another panel is not visible (404, audited).
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public class Panels {

    /** A panel's papers of one case: the PDF and its file name. */
    public record Papers(String fileName, byte[] content) {
    }

    private static final String SUBJECT = "panel_meeting";

    @EJB
    AccessControl access;

    @EJB
    AuditTrail trail;

    @EJB
    PupilDirectory directory;

    @EJB
    ChildAttendance attendance;

    @EJB
    SchoolCalendarService calendars;

    @EJB
    Deadlines deadlines;

    @EJB
    ProsecutionFiles prosecutionFiles;

    @Inject
    CaseFacts cases;

    @Inject
    PapersPack papers;

    @Inject
    Event<CaseDecision> decisions;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    // ---- configuration ------------------------------------------------------------------------------------------

    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
            Roles.LEGAL_OFFICER})
    public List<PanelView> panels() {
        return em.createQuery("SELECT p FROM Panel p ORDER BY p.code", Panel.class).getResultList().stream()
                .map(Panels::view).toList();
    }

    public PanelView panel(String code) {
        return view(panelOf(code));
    }

    private static PanelView view(Panel p) {
        List<MemberView> members = new ArrayList<>();
        if (p.member(p.chair()).isEmpty()) {
            members.add(new MemberView(p.chair(), null, null, true));
        }
        p.members().forEach(m -> members.add(new MemberView(m.username(), m.agency().name(), m.agency().label(),
                m.username().equals(p.chair()))));
        return new PanelView(p.code(), p.name(), p.purpose(), p.chair(), p.cadenceWeeks(), p.meetingTime(),
                p.meetingPlace(), p.quorum().describe(), p.referralForm(), p.referralRequirements().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList(), p.decisions().stream().map(Enum::name).toList(),
                p.papersSchoolDays(), members);
    }

    // ---- meetings -------------------------------------------------------------------------------------------------

    /** A meeting planned by the chair or the service manager, on a school day. */
    public MeetingCreated planMeeting(String code, LocalDate date, String time, String place) {
        Panel panel = panelOf(code);
        requireChair(panel);
        if (date == null) {
            throw new InvalidInputException("date", "date (YYYY-MM-DD) is required");
        }
        SchoolCalendar calendar = calendars.calendar();
        if (!calendar.isConfigured(date)) {
            throw new InvalidInputException("date", date + " is outside the school calendar the council has configured");
        }
        SchoolTimeline timeline = SchoolTimeline.ofCouncil(calendar);
        if (!timeline.isSchoolDay(date)) {
            throw new InvalidInputException("date", date + " is not a school day: panels meet on school days");
        }
        if (date.isBefore(today()) && !caller().has(Role.SAS_MANAGER)) {
            throw new InvalidInputException("date", date + " is in the past (only the service manager records a"
                    + " meeting already held)");
        }
        PanelMeeting meeting;
        try {
            meeting = new PanelMeeting(panel.code(), date, null, time == null || time.isBlank() ? panel.meetingTime()
                    : time, place == null || place.isBlank() ? panel.meetingPlace() : place,
                    MeetingCadence.papersDue(timeline::isSchoolDay, calendar::isConfigured, date), caller().username());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException(invalid.getMessage().startsWith("time") ? "time" : "place",
                    invalid.getMessage());
        }
        em.persist(meeting);
        em.flush();
        audit.fire(AuditEvent.change(null, "panel meeting " + meeting.id(), panel.name() + " meeting planned for "
                + date));
        return new MeetingCreated(meeting.id(), panel.code(), meeting.date(), meeting.time(), meeting.place(),
                meeting.papersDue());
    }

    /** The meetings of the caller's panels from today (the manager: every panel's), soonest first. */
    public List<MeetingRow> upcoming() {
        Caller caller = caller();
        List<String> mine = panelsOf(caller);
        if (mine.isEmpty()) {
            return List.of();
        }
        return rows(em.createNamedQuery(PanelMeeting.OF_PANELS_FROM, PanelMeeting.class).setParameter("panels", mine)
                .setParameter("from", today()).getResultList());
    }

    /** The meetings already held or past of the caller's panels, latest first. */
    public List<MeetingRow> past() {
        List<String> mine = panelsOf(caller());
        if (mine.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return rows(em.createNamedQuery(PanelMeeting.OF_PANELS, PanelMeeting.class).setParameter("panels", mine)
                .getResultList().stream().filter(m -> m.date().isBefore(today)).limit(20).toList());
    }

    private List<MeetingRow> rows(List<PanelMeeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new LinkedHashMap<>();
        em.createNamedQuery(AgendaItem.OF_MEETINGS, AgendaItem.class)
                .setParameter("meetings", meetings.stream().map(PanelMeeting::id).toList()).getResultList()
                .forEach(a -> counts.merge(a.meetingId(), 1L, Long::sum));
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT p FROM Panel p", Panel.class).getResultList().forEach(p -> names.put(p.code(), p.name()));
        return meetings.stream().map(m -> new MeetingRow(m.id(), m.panelCode(), names.get(m.panelCode()), m.date(),
                m.time(), m.place(), m.status().name(), counts.getOrDefault(m.id(), 0L).intValue())).toList();
    }

    /** The meeting with its agenda, to its panel's members and chair and the service manager; else 404. */
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
            Roles.LEGAL_OFFICER})
    public MeetingView meeting(long meetingId) {
        Loaded loaded = visible(meetingId);
        audit.fire(AuditEvent.read(null, "panel meeting " + meetingId, "meeting and agenda"));
        return view(loaded);
    }

    public MeetingView publish(long meetingId) {
        Loaded loaded = running(meetingId);
        loaded.meeting().publish(clock.instant());
        audit.fire(AuditEvent.change(null, "panel meeting " + meetingId, "agenda published"));
        return view(loaded);
    }

    public MeetingView minutes(long meetingId, String text, Long version) {
        Loaded loaded = running(meetingId);
        if (text == null) {
            throw new InvalidInputException("minutes", "minutes (the text) are required");
        }
        if (version != null && version != loaded.meeting().version()) {
            throw new OptimisticLockException("Meeting " + meetingId + " changed since version " + version);
        }
        try {
            loaded.meeting().minutes(text);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("minutes", invalid.getMessage());
        }
        audit.fire(AuditEvent.change(null, "panel meeting " + meetingId, "minutes recorded"));
        em.flush();
        return view(loaded);
    }

    /** Who came and who sent apologies: each a member (or the chair) of the panel, PRESENT or APOLOGIES. */
    public MeetingView attendance(long meetingId, List<Present> people) {
        Loaded loaded = running(meetingId);
        if (people == null || people.isEmpty()) {
            throw new InvalidInputException("attendance", "List who was present and who sent apologies");
        }
        Map<String, MeetingAttendance> recorded = new LinkedHashMap<>();
        em.createNamedQuery(MeetingAttendance.OF_MEETING, MeetingAttendance.class).setParameter("meeting", meetingId)
                .getResultList().forEach(a -> recorded.put(a.username(), a));
        for (Present person : people) {
            String username = person.username() == null ? "" : person.username().strip();
            if (!loaded.panel().hasMember(username)) {
                throw new InvalidInputException("username", "'" + username + "' is not a member of the "
                        + loaded.panel().name());
            }
            MeetingAttendance.Status status;
            try {
                status = MeetingAttendance.Status.valueOf(person.status() == null ? "" : person.status().strip());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("status", "status must be PRESENT or APOLOGIES; got '"
                        + person.status() + "'");
            }
            Agency agency = loaded.panel().member(username).map(m -> m.agency()).orElse(Agency.ATTENDANCE_SERVICE);
            MeetingAttendance existing = recorded.get(username);
            if (existing == null) {
                MeetingAttendance added = new MeetingAttendance(meetingId, username, agency, status);
                em.persist(added);
                recorded.put(username, added);
            } else {
                existing.status(status);
            }
        }
        em.flush();
        audit.fire(AuditEvent.change(null, "panel meeting " + meetingId, "attendance recorded"));
        return view(loaded);
    }

    /**
     * A conflict of interest in a case on the agenda, declared by the member themself (or recorded by the chair for a
     * member): that member gets no papers for the case.
     */
    public MeetingView conflict(long meetingId, Long caseId, String username, String reason) {
        Loaded loaded = visible(meetingId);
        Caller caller = caller();
        if (caseId == null) {
            throw new InvalidInputException("caseId", "caseId (the case of the conflict) is required");
        }
        String who = username == null || username.isBlank() ? caller.username() : username.strip();
        if (!who.equals(caller.username()) && !mayRun(loaded.panel(), caller)) {
            throw new AccessDeniedException("Only the chair records another member's conflict of interest");
        }
        if (!loaded.panel().hasMember(who)) {
            throw new InvalidInputException("username", "'" + who + "' is not a member of the " + loaded.panel().name());
        }
        agendaItem(loaded, caseId);
        boolean already = em.createNamedQuery(Conflict.OF_MEETING, Conflict.class).setParameter("meeting", meetingId)
                .getResultList().stream().anyMatch(c -> c.caseId() == caseId && c.username().equals(who));
        if (!already) {
            try {
                em.persist(new Conflict(meetingId, caseId, who, reason, clock.instant()));
            } catch (IllegalArgumentException invalid) {
                throw new InvalidInputException("reason", invalid.getMessage());
            }
            em.flush();
        }
        audit.fire(AuditEvent.change(null, "panel meeting " + meetingId, who + " declared a conflict of interest in"
                + " case " + caseId));
        return view(loaded);
    }

    // ---- referrals and the agenda -----------------------------------------------------------------------------------

    /**
     * Refers a case (those who work it) to a panel with a referral form: 422 with each missing item when the case lacks
     * what the panel requires, unless the service manager refers it anyway with a reason, which is recorded with what
     * was missing.
     */
    public ReferralCreated refer(String code, Long caseId, String reason, String overrideReason) {
        Panel panel = panelOf(code);
        if (caseId == null) {
            throw new InvalidInputException("caseId", "caseId (the case to refer) is required");
        }
        Caller caller = caller();
        if (!cases.works(caseId)) {
            throw new AccessDeniedException("Only those who work case " + caseId + " refer it to a panel");
        }
        if (!panel.referralForm()) {
            throw new InvalidInputException("panel", "The " + panel.name() + " takes no referrals: its agenda comes"
                    + " from the school's cohorts");
        }
        CaseFacts.Fact fact = cases.of(caseId).orElseThrow(() -> new NotVisibleException("Case " + caseId));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required: why the panel should consider the case");
        }
        boolean pending = em.createNamedQuery(PanelReferral.OF_CASE, PanelReferral.class).setParameter("caseId", caseId)
                .getResultList().stream().anyMatch(r -> r.panelCode().equals(panel.code())
                        && r.status() != PanelReferral.Status.DECIDED);
        if (pending) {
            throw new InvalidInputException("caseId", "Case " + caseId + " is already referred to the " + panel.name()
                    + " and waits for its decision");
        }
        List<String> missing = new ArrayList<>();
        panel.referralRequirements().forEach((kind, needed) -> {
            int recorded = fact.evidence().getOrDefault(kind, 0);
            if (recorded < needed) {
                missing.add(fact.labels().getOrDefault(kind, kind) + ": " + needed + " needed, " + recorded
                        + " recorded");
            }
        });
        boolean override = overrideReason != null && !overrideReason.isBlank();
        if (!missing.isEmpty()) {
            if (!override) {
                throw new ReferralIncompleteException("Case " + caseId + " cannot be referred to the " + panel.name()
                        + ": " + missing.size() + " item(s) of evidence are missing", missing);
            }
            if (!caller.has(Role.SAS_MANAGER)) {
                throw new AccessDeniedException("Only the service manager refers a case without the evidence the panel"
                        + " requires");
            }
        }
        PanelReferral referral;
        try {
            referral = new PanelReferral(panel.code(), caseId, reason, PapersPack.evidence(fact), caller.username(),
                    clock.instant(), missing.isEmpty() ? null : overrideReason.strip(),
                    missing.isEmpty() ? null : String.join("; ", missing), null);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("reason", invalid.getMessage());
        }
        em.persist(referral);
        em.flush();
        announce(fact, "PANEL_REFERRAL", "Referred to the " + panel.name() + ": " + referral.reason()
                + (missing.isEmpty() ? "" : " (service manager's override: " + overrideReason.strip() + ")"));
        return new ReferralCreated(referral.id(), referral.status().name());
    }

    /** The referrals waiting to be listed on a meeting of the panel (its chair, the manager). */
    public List<ReferralView> waiting(String code) {
        Panel panel = panelOf(code);
        requireChair(panel);
        return em.createNamedQuery(PanelReferral.WAITING, PanelReferral.class).setParameter("panel", panel.code())
                .getResultList().stream().map(r -> referralView(r, null, null)).toList();
    }

    /** The panel referrals of a case, for those who work it: where each is and what was decided. */
    public List<ReferralView> referralsOfCase(long caseId) {
        cases.works(caseId);
        List<ReferralView> views = new ArrayList<>();
        for (PanelReferral r : em.createNamedQuery(PanelReferral.OF_CASE, PanelReferral.class)
                .setParameter("caseId", caseId).getResultList()) {
            AgendaItem item = em.createQuery("SELECT a FROM AgendaItem a WHERE a.referralId = :r ORDER BY a.id DESC",
                    AgendaItem.class).setParameter("r", r.id()).getResultStream().findFirst().orElse(null);
            PanelMeeting meeting = item == null ? null : em.find(PanelMeeting.class, item.meetingId());
            views.add(referralView(r, meeting, em.createQuery("SELECT d FROM Decision d WHERE d.referralId = :r",
                    Decision.class).setParameter("r", r.id()).getResultStream().findFirst().orElse(null)));
        }
        return views;
    }

    private static ReferralView referralView(PanelReferral r, PanelMeeting meeting, Decision decision) {
        return new ReferralView(r.id(), r.panelCode(), r.caseId(), r.reason(), r.status().name(), r.referredBy(),
                r.overrideReason(), r.missingEvidence(), meeting == null ? null : meeting.id(),
                meeting == null ? null : meeting.date(), decision == null ? null : decision.outcome().name());
    }

    /** Lists a referral of the panel on a meeting's agenda (the chair, the manager). */
    public AgendaEntry list(long meetingId, Long referralId) {
        Loaded loaded = running(meetingId);
        if (referralId == null) {
            throw new InvalidInputException("referralId", "referralId (the referral to list) is required");
        }
        PanelReferral referral = em.find(PanelReferral.class, referralId);
        if (referral == null || !referral.panelCode().equals(loaded.panel().code())) {
            throw new InvalidInputException("referralId", "Referral " + referralId + " is not a referral to the "
                    + loaded.panel().name());
        }
        if (referral.status() != PanelReferral.Status.REFERRED) {
            throw new InvalidInputException("referralId", "Referral " + referralId + " is already "
                    + referral.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        boolean held = loaded.meeting().status() == PanelMeeting.Status.HELD || loaded.meeting().date().isBefore(today());
        if (held && !caller().has(Role.SAS_MANAGER)) {
            throw new InvalidInputException("meeting", "Meeting " + meetingId + " of " + loaded.meeting().date()
                    + " has been held: list the case on a coming meeting (only the service manager records the agenda"
                    + " of a meeting already held)");
        }
        AgendaItem item = listOn(loaded.meeting(), referral, caller().username());
        return entry(item, referral, loaded, caller(), Set.of(), Map.of());
    }

    private AgendaItem listOn(PanelMeeting meeting, PanelReferral referral, String by) {
        AgendaItem item = new AgendaItem(meeting.id(), referral.id(), referral.caseId(), clock.instant(), by);
        em.persist(item);
        referral.listed();
        em.flush();
        cases.of(referral.caseId()).ifPresent(fact -> announce(fact, "PANEL_LISTED", "Listed for the meeting of "
                + meeting.date() + " (" + meeting.panelCode() + ")"));
        return item;
    }

    // ---- papers -------------------------------------------------------------------------------------------------------

    /**
     * A case's papers for a meeting, as one PDF: to the panel's members and chair and the service manager, from the
     * moment the case is listed until the panel's set number of school days after the decision; 404 for a case not on
     * the agenda, after that time, or to a member who declared a conflict in it. Every download is audited.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
            Roles.LEGAL_OFFICER})
    public Papers papers(long meetingId, long caseId) {
        Loaded loaded = visible(meetingId);
        Caller caller = caller();
        AgendaItem item = agendaItem(loaded, caseId);
        if (!papersOpen(loaded, item, caller, conflicted(meetingId, caller.username()))) {
            trail.refused(null, "papers of case " + caseId + " for panel meeting " + meetingId,
                    "conflict of interest declared, or the time to keep the papers has passed");
            throw new NotVisibleException("Papers of case " + caseId);
        }
        CaseFacts.Fact fact = cases.of(caseId).orElseThrow(() -> new NotVisibleException("Case " + caseId));
        PanelReferral referral = em.find(PanelReferral.class, item.referralId());
        byte[] pdf = papers.write(loaded.panel().name(), loaded.meeting(), fact, referral, today());
        for (Long pupilId : fact.pupilIds()) {
            audit.fire(AuditEvent.read(pupilId, "case " + caseId, "papers for panel meeting " + meetingId
                    + " downloaded"));
        }
        return new Papers(loaded.panel().code().toLowerCase(java.util.Locale.ROOT) + "-" + loaded.meeting().date()
                + "-case-" + caseId + ".pdf", pdf);
    }

    private boolean papersOpen(Loaded loaded, AgendaItem item, Caller caller, Set<Long> conflicts) {
        if (conflicts.contains(item.caseId())) {
            return false;
        }
        if (caller.has(Role.SAS_MANAGER) || item.decidedOn() == null) {
            return true;
        }
        SchoolCalendar calendar = calendars.calendar();
        try {
            LocalDate until = SchoolTimeline.ofCouncil(calendar).afterSchoolDays(item.decidedOn(),
                    Math.max(1, loaded.panel().papersSchoolDays()));
            return !today().isAfter(until);
        } catch (RuntimeException beyondCalendar) {
            return !today().isAfter(item.decidedOn().plusWeeks(2));
        }
    }

    private Set<Long> conflicted(long meetingId, String username) {
        return em.createNamedQuery(Conflict.OF_MEETING, Conflict.class).setParameter("meeting", meetingId)
                .getResultList().stream().filter(c -> c.username().equals(username)).map(Conflict::caseId)
                .collect(Collectors.toSet());
    }

    // ---- decisions ------------------------------------------------------------------------------------------------

    /**
     * The panel's decision on a case on the agenda (the chair, the manager): quorate, one the panel may take, with what
     * its kind must record (DecisionRules). Casework is told (CaseDecision): the actions land in the case's plan. An
     * educational neglect decision raises the school's task to refer through the MARF to the MASH; a Fair Access place
     * is due 20 school days after the decision; a decision to prosecute raises the task to open the prosecution file.
     */
    public DecisionView decide(long meetingId, DecisionRequest request) {
        Loaded loaded = running(meetingId);
        if (request == null) {
            throw new InvalidInputException("body", "the decision is required");
        }
        if (request.caseId() == null) {
            throw new InvalidInputException("caseId", "caseId (the case decided) is required");
        }
        AgendaItem item = agendaItem(loaded, request.caseId());
        if (item.decidedOn() != null) {
            throw new InvalidInputException("caseId", "The panel decided on case " + request.caseId() + " on "
                    + item.decidedOn());
        }
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(request.outcome() == null ? "" : request.outcome().strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("outcome", "outcome '" + request.outcome() + "' is not one of "
                    + loaded.panel().decisions());
        }
        if (!loaded.panel().decisions().contains(outcome)) {
            throw new InvalidInputException("outcome", "The " + loaded.panel().name() + " does not decide " + outcome
                    + ": one of " + loaded.panel().decisions());
        }
        List<String> noQuorum = quorumMissing(loaded);
        if (!noQuorum.isEmpty()) {
            throw new DecisionRefusedException("attendance", "The meeting is not quorate ("
                    + loaded.panel().quorum().describe() + "): " + String.join("; ", noQuorum));
        }
        // a decision is the meeting's: recorded afterwards, it keeps the meeting's day
        LocalDate today = loaded.meeting().date().isBefore(today()) ? loaded.meeting().date() : today();
        CaseFacts.Fact fact = cases.of(request.caseId()).orElseThrow(() -> new NotVisibleException("Case "
                + request.caseId()));
        Map<NeglectFactor, String> factors = factors(request.factors());
        BigDecimal lowest = outcome == Outcome.EDUCATIONAL_NEGLECT ? lowestAttendance(fact, today) : null;
        Set<Long> interviewed = new HashSet<>();
        fact.interviews().stream().filter(i -> !i.on().isAfter(today)).forEach(i -> interviewed.add(i.carerId()));
        Optional<DecisionRules.Refusal> refused = DecisionRules.check(new DecisionRules.Asked(outcome,
                request.reasons(), factors, request.allAgenciesTried(), lowest, request.esoConsidered(),
                request.esoConsideration(), request.evidentialTestMet(), request.evidentialReasons(),
                request.publicInterestMet(), request.publicInterestReasons(), request.carerId(), interviewed,
                request.school()));
        if (refused.isPresent()) {
            throw new DecisionRefusedException(refused.get().field(), refused.get().message());
        }
        Caller caller = caller();
        Decision decision = new Decision(meetingId, request.caseId(), item.referralId(), loaded.panel().code(), outcome,
                request.reasons(), today, caller.username());
        if (outcome == Outcome.EDUCATIONAL_NEGLECT) {
            decision.neglect(factors.entrySet().stream().map(e -> e.getKey().name() + ": " + e.getValue().strip())
                    .collect(Collectors.joining("\n")), lowest, true);
        }
        if (loaded.panel().code().equals("PRE_PROCEEDINGS")) {
            decision.prosecutionTests(request.esoConsidered(), trim(request.esoConsideration()),
                    request.evidentialTestMet(), trim(request.evidentialReasons()), request.publicInterestMet(),
                    trim(request.publicInterestReasons()), request.carerId());
        }
        SchoolTimeline timeline = SchoolTimeline.ofCouncil(calendars.calendar());
        if (outcome == Outcome.PLACE_ALLOCATED || outcome == Outcome.MANAGED_MOVE) {
            decision.place(request.school().strip(), timeline.afterSchoolDays(today, 20));
        }
        int index = 1;
        for (ActionDraft action : request.actions() == null ? List.<ActionDraft>of() : request.actions()) {
            try {
                decision.addAction(action.description(), action.owner(), action.dueOn());
            } catch (IllegalArgumentException invalid) {
                throw new InvalidInputException("actions", "actions[" + index + "]: " + invalid.getMessage());
            }
            index++;
        }
        em.persist(decision);
        item.decided(today);
        em.find(PanelReferral.class, item.referralId()).decided();
        em.flush();
        Long pupilId = fact.pupilIds().isEmpty() ? null : fact.pupilIds().get(0);
        String source = loaded.panel().name() + " meeting of " + loaded.meeting().date();
        switch (outcome) {
            case EDUCATIONAL_NEGLECT -> schoolStaffOf(fact).forEach(owner -> deadlines.raise(new NewDeadline(
                    "MARF_REFERRAL", "Refer case " + fact.caseId() + " through the MARF to the MASH, as the CLAAG"
                    + " recommended (educational neglect)", "case", fact.caseId(), pupilId, owner,
                    timeline.afterSchoolDays(today, 5))));
            case PLACE_ALLOCATED, MANAGED_MOVE -> deadlines.schedule(new NewDeadline("FAIR_ACCESS_PLACE",
                    "Fair Access: the place at " + decision.placeSchool() + " for case " + fact.caseId()
                            + " is due by " + decision.placeDue(), "case", fact.caseId(), pupilId,
                    leadOfSchool(decision.placeSchool()).orElse(manager()), decision.placeDue()));
            case PROSECUTE_444_1, PROSECUTE_444_1A -> {
                if (request.chargedFrom() != null || request.chargedTo() != null) {
                    // the panel named the period charged: the decision opens the legal module's file itself
                    List<String> upns = directory.refs(fact.pupilIds()).values().stream()
                            .map(PupilDirectory.PupilRef::upn).sorted().toList();
                    prosecutionFiles.openFromDecision(new ProsecutionViews.PreProceedingsDecision(fact.caseId(),
                            outcome == Outcome.PROSECUTE_444_1 ? "444(1)" : "444(1A)", upns, request.carerId(),
                            request.chargedFrom(), request.chargedTo(), "Pre-proceedings panel decision "
                            + decision.id() + " of " + today, today));
                } else {
                    deadlines.raise(new NewDeadline("PROSECUTION_FILE", "Open the prosecution file for case "
                            + fact.caseId() + ": " + outcome.label() + ", decided by the pre-proceedings panel",
                            "case", fact.caseId(), pupilId, fact.officer() == null ? manager() : fact.officer(),
                            timeline.afterSchoolDays(today, 5)));
                }
            }
            default -> {
            }
        }
        decisions.fire(new CaseDecision(fact.caseId(), source, outcome.name(), outcome.label() + ". " + decision.reasons(),
                decision.actions().stream().map(a -> new CaseDecision.AgreedAction(a.description(), a.owner(),
                        a.dueOn())).toList(), caller.username(), today));
        audit.fire(AuditEvent.change(pupilId, "case " + fact.caseId(), source + " decided " + outcome));
        return decisionView(decision);
    }

    /**
     * The MASH's outcome of an educational neglect decision (the chair, the manager): AGREES, with the assessment and
     * support that follow in the notes; DISAGREES brings the case back to the CLAAG: a referral back, listed on the
     * panel's next meeting when one is planned.
     */
    public DecisionView mashOutcome(long decisionId, String outcome, LocalDate receivedOn, String notes) {
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null) {
            throw new NotVisibleException("Decision " + decisionId);
        }
        Loaded loaded = running(decision.meetingId());
        if (decision.outcome() != Outcome.EDUCATIONAL_NEGLECT) {
            throw new InvalidInputException("outcome", "Only an educational neglect decision has a MASH outcome");
        }
        Decision.MashOutcome mash;
        try {
            mash = Decision.MashOutcome.valueOf(outcome == null ? "" : outcome.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("outcome", "outcome must be AGREES or DISAGREES; got '" + outcome + "'");
        }
        LocalDate today = today();
        LocalDate on = receivedOn == null ? today : receivedOn;
        if (on.isAfter(today) || on.isBefore(decision.decidedOn())) {
            throw new InvalidInputException("receivedOn", "receivedOn must be from the decision (" + decision.decidedOn()
                    + ") to today");
        }
        try {
            decision.mash(mash, on, notes);
        } catch (IllegalStateException twice) {
            throw new InvalidInputException("outcome", twice.getMessage());
        }
        CaseFacts.Fact fact = cases.of(decision.caseId()).orElseThrow();
        String summary = "MASH outcome: " + (mash == Decision.MashOutcome.AGREES ? "agrees with the CLAAG's decision"
                : "disagrees with the CLAAG's decision; the case comes back to the CLAAG")
                + (notes == null || notes.isBlank() ? "" : " (" + notes.strip() + ")");
        if (mash == Decision.MashOutcome.DISAGREES) {
            PanelReferral back = new PanelReferral(loaded.panel().code(), decision.caseId(), "Back from the MASH, which"
                    + " disagreed with the decision of " + decision.decidedOn() + (notes == null || notes.isBlank()
                    ? "" : ": " + notes.strip()), PapersPack.evidence(fact), caller().username(), clock.instant(), null,
                    null, decision.referralId());
            em.persist(back);
            em.flush();
            LocalDate after = loaded.meeting().date().isAfter(today) ? loaded.meeting().date() : today;
            em.createNamedQuery(PanelMeeting.OF_PANEL_FROM, PanelMeeting.class)
                    .setParameter("panel", loaded.panel().code()).setParameter("from", after.plusDays(1))
                    .getResultList().stream().filter(m -> m.status() != PanelMeeting.Status.HELD).findFirst()
                    .ifPresent(next -> listOn(next, back, caller().username()));
        }
        em.flush();
        announce(fact, "MASH_OUTCOME", summary);
        return decisionView(decision);
    }

    // ---- the manager's view -----------------------------------------------------------------------------------------

    @RolesAllowed(Roles.SAS_MANAGER)
    public List<PanelActivity> activity() {
        LocalDate today = today();
        List<PanelActivity> rows = new ArrayList<>();
        List<PanelMeeting> meetings = em.createQuery("SELECT m FROM PanelMeeting m", PanelMeeting.class).getResultList();
        List<PanelReferral> referrals = em.createNamedQuery(PanelReferral.ALL, PanelReferral.class).getResultList();
        List<Decision> all = em.createNamedQuery(Decision.ALL, Decision.class).getResultList();
        for (Panel panel : em.createQuery("SELECT p FROM Panel p ORDER BY p.code", Panel.class).getResultList()) {
            Map<String, Long> outcomes = new TreeMap<>();
            all.stream().filter(d -> d.panelCode().equals(panel.code()))
                    .forEach(d -> outcomes.merge(d.outcome().name(), 1L, Long::sum));
            rows.add(new PanelActivity(panel.code(), panel.name(),
                    meetings.stream().filter(m -> m.panelCode().equals(panel.code()) && m.date().isBefore(today)).count(),
                    meetings.stream().filter(m -> m.panelCode().equals(panel.code()) && !m.date().isBefore(today)).count(),
                    referrals.stream().filter(r -> r.panelCode().equals(panel.code())
                            && r.status() == PanelReferral.Status.REFERRED).count(), outcomes));
        }
        return rows;
    }

    @RolesAllowed(Roles.SAS_MANAGER)
    public List<DecisionView> recentDecisions(int limit) {
        return em.createNamedQuery(Decision.ALL, Decision.class).setMaxResults(limit).getResultList().stream()
                .map(Panels::decisionView).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private record Loaded(Panel panel, PanelMeeting meeting) {
    }

    private Panel panelOf(String code) {
        Panel panel = code == null ? null : em.find(Panel.class, code.strip().toUpperCase(java.util.Locale.ROOT));
        if (panel == null) {
            throw new NotVisibleException("Panel " + code);
        }
        return panel;
    }

    private Caller caller() {
        return access.caller();
    }

    private LocalDate today() {
        return SystemClock.today(clock);
    }

    private static boolean mayRun(Panel panel, Caller caller) {
        return caller.has(Role.SAS_MANAGER) || panel.chair().equals(caller.username());
    }

    private static boolean sees(Panel panel, Caller caller) {
        return caller.has(Role.SAS_MANAGER) || panel.hasMember(caller.username());
    }

    private void requireChair(Panel panel) {
        if (!mayRun(panel, caller())) {
            throw new AccessDeniedException("Only the chair of the " + panel.name() + " and the service manager plan"
                    + " and run its meetings");
        }
    }

    private List<String> panelsOf(Caller caller) {
        return em.createQuery("SELECT p FROM Panel p ORDER BY p.code", Panel.class).getResultList().stream()
                .filter(p -> sees(p, caller)).map(Panel::code).toList();
    }

    /** The meeting, if the caller is of its panel (or the manager); otherwise 404, the refusal audited. */
    private Loaded visible(long meetingId) {
        PanelMeeting meeting = em.find(PanelMeeting.class, meetingId);
        if (meeting == null) {
            throw new NotVisibleException("Panel meeting " + meetingId);
        }
        Panel panel = em.find(Panel.class, meeting.panelCode());
        if (!sees(panel, caller())) {
            trail.refused(null, "panel meeting " + meetingId, "not a member of the " + panel.name());
            throw new NotVisibleException("Panel meeting " + meetingId);
        }
        return new Loaded(panel, meeting);
    }

    /** The meeting, if the caller runs it (its chair, the manager): 404 to those not of the panel, 403 to members. */
    private Loaded running(long meetingId) {
        Loaded loaded = visible(meetingId);
        requireChair(loaded.panel());
        return loaded;
    }

    private AgendaItem agendaItem(Loaded loaded, long caseId) {
        return em.createNamedQuery(AgendaItem.OF_MEETING, AgendaItem.class).setParameter("meeting", loaded.meeting().id())
                .getResultList().stream().filter(a -> a.caseId() == caseId).findFirst()
                .orElseThrow(() -> {
                    trail.refused(null, "case " + caseId + " at panel meeting " + loaded.meeting().id(),
                            "not on the meeting's agenda");
                    return new NotVisibleException("Case " + caseId + " on the agenda of meeting "
                            + loaded.meeting().id());
                });
    }

    private List<String> quorumMissing(Loaded loaded) {
        List<Quorum.Present> present = em.createNamedQuery(MeetingAttendance.OF_MEETING, MeetingAttendance.class)
                .setParameter("meeting", loaded.meeting().id()).getResultList().stream()
                .filter(a -> a.status() == MeetingAttendance.Status.PRESENT)
                .map(a -> new Quorum.Present(a.username(), a.agency())).toList();
        return loaded.panel().quorum().missing(loaded.panel().chair(), present);
    }

    private MeetingView view(Loaded loaded) {
        Caller caller = caller();
        PanelMeeting m = loaded.meeting();
        List<AgendaItem> items = em.createNamedQuery(AgendaItem.OF_MEETING, AgendaItem.class)
                .setParameter("meeting", m.id()).getResultList();
        List<Conflict> conflicts = em.createNamedQuery(Conflict.OF_MEETING, Conflict.class)
                .setParameter("meeting", m.id()).getResultList();
        Set<Long> mine = conflicts.stream().filter(c -> c.username().equals(caller.username())).map(Conflict::caseId)
                .collect(Collectors.toSet());
        List<Decision> decided = em.createNamedQuery(Decision.OF_MEETING, Decision.class).setParameter("meeting", m.id())
                .getResultList();
        Map<Long, String> outcomes = new LinkedHashMap<>();
        decided.forEach(d -> outcomes.put(d.caseId(), d.outcome().name()));
        List<AgendaEntry> agenda = new ArrayList<>();
        for (AgendaItem item : items) {
            agenda.add(entry(item, em.find(PanelReferral.class, item.referralId()), loaded, caller, mine, outcomes));
        }
        List<AttendanceView> attendance = em.createNamedQuery(MeetingAttendance.OF_MEETING, MeetingAttendance.class)
                .setParameter("meeting", m.id()).getResultList().stream()
                .map(a -> new AttendanceView(a.username(), a.agency().name(), a.status().name())).toList();
        return new MeetingView(m.id(), m.panelCode(), loaded.panel().name(), m.date(), m.time(), m.place(),
                m.papersDue(), m.status().name(), loaded.panel().chair(), mayRun(loaded.panel(), caller),
                loaded.panel().quorum().describe(), quorumMissing(loaded), m.minutes(), agenda, attendance,
                conflicts.stream().map(c -> new ConflictView(c.caseId(), c.username(), c.reason())).toList(),
                decided.stream().map(Panels::decisionView).toList(), m.version());
    }

    private AgendaEntry entry(AgendaItem item, PanelReferral referral, Loaded loaded, Caller caller, Set<Long> conflicts,
                              Map<Long, String> outcomes) {
        String children = cases.of(item.caseId()).map(f -> directory.refs(f.pupilIds()).values().stream()
                .map(PupilRef::name).collect(Collectors.joining(", "))).orElse("");
        return new AgendaEntry(item.caseId(), item.referralId(), children, referral.reason(), referral.referredBy(),
                outcomes.get(item.caseId()), papersOpen(loaded, item, caller, conflicts),
                conflicts.contains(item.caseId()), referral.returnedFrom() != null);
    }

    private static DecisionView decisionView(Decision d) {
        List<String> factors = d.neglectFactors() == null ? List.of() : List.of(d.neglectFactors().split("\n"));
        return new DecisionView(d.id(), d.meetingId(), d.caseId(), d.panelCode(), d.outcome().name(),
                d.outcome().label(), d.reasons(), d.decidedOn(), d.decidedBy(), factors, d.attendancePercent(),
                d.allAgenciesTried(), d.esoConsidered(), d.esoConsideration(), d.evidentialTestMet(),
                d.evidentialReasons(), d.publicInterestMet(), d.publicInterestReasons(), d.carerId(), d.placeSchool(),
                d.placeDue(), d.mashOutcome() == null ? null : d.mashOutcome().name(), d.mashReceivedOn(),
                d.actions().stream().map(a -> new ActionView(a.description(), a.owner(), a.dueOn())).toList());
    }

    private static Map<NeglectFactor, String> factors(Map<String, String> asked) {
        Map<NeglectFactor, String> factors = new EnumMap<>(NeglectFactor.class);
        if (asked == null) {
            return factors;
        }
        for (Map.Entry<String, String> e : asked.entrySet()) {
            try {
                factors.put(NeglectFactor.valueOf(e.getKey().strip()), e.getValue());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("factors", "'" + e.getKey() + "' is not one of Knowsley's neglect"
                        + " factors: " + java.util.Arrays.toString(NeglectFactor.values()));
            }
        }
        return factors;
    }

    /** The lowest attendance this academic year, from the marks, of the case's children (null: no possible session). */
    private BigDecimal lowestAttendance(CaseFacts.Fact fact, LocalDate today) {
        LocalDate start = calendars.calendar().academicYearStart(today);
        BigDecimal lowest = null;
        for (Long pupilId : fact.pupilIds()) {
            AttendanceFigures figures = attendance.figures(pupilId, start, today);
            if (figures.possibleSessions() > 0 && (lowest == null || figures.attendancePercent().compareTo(lowest) < 0)) {
                lowest = figures.attendancePercent();
            }
        }
        return lowest;
    }

    /** The attendance lead of the (first) child's school, else the case's officer, else the manager. */
    /**
     * Who at the children's schools gets the MARF task: every member of staff the administrator linked to the school
     * (the attendance lead, the DSL), so that it does not hang on one person; the case's officer (or the manager)
     * when no one at the school uses Pathway.
     */
    private List<String> schoolStaffOf(CaseFacts.Fact fact) {
        Set<String> staff = new java.util.TreeSet<>();
        for (PupilRef child : directory.refs(fact.pupilIds()).values()) {
            if (child.laestab() != null) {
                staff.addAll(em.createQuery("select a.username from StaffAssignment a where a.school = :school",
                        String.class).setParameter("school", Laestab.of(child.laestab())).getResultList());
            }
        }
        return staff.isEmpty() ? List.of(fact.officer() != null ? fact.officer() : manager()) : List.copyOf(staff);
    }

    private Optional<String> leadOfSchool(String laestab) {
        return em.createQuery("select a.username from StaffAssignment a where a.school = :school order by a.username",
                String.class).setParameter("school", Laestab.of(laestab)).getResultStream().findFirst();
    }

    private static String manager() {
        return DeadlineSettings.configured().fallbackManager();
    }

    private void announce(CaseFacts.Fact fact, String kind, String summary) {
        Instant now = clock.instant();
        for (Long pupilId : fact.pupilIds()) {
            chronology.fire(new ChronologyEntry(now, pupilId, fact.caseId(), "panels", kind, summary,
                    caller().username()));
            audit.fire(AuditEvent.change(pupilId, "case " + fact.caseId(), summary));
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
