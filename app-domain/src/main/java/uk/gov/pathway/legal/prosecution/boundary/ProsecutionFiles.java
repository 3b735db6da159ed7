package uk.gov.pathway.legal.prosecution.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.casework.boundary.GateNotMetException;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.audit.AuditTrail;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.CountedDeadline;
import uk.gov.pathway.kernel.deadlines.NewDeadline;
import uk.gov.pathway.kernel.deadlines.Timescale;
import uk.gov.pathway.kernel.deadlines.WaitingDeadlineDated;
import uk.gov.pathway.kernel.documents.BundleWriter;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.orders.boundary.SupervisionOrders;
import uk.gov.pathway.legal.orders.entity.SupersededDuty;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.Bundle;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.Child;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.DocumentView;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.FileDetail;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.FileRow;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.FileSummary;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.Figures;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.NeglectView;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.PreProceedingsDecision;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.RecordView;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews.Review;
import uk.gov.pathway.legal.prosecution.control.EvidenceBundle;
import uk.gov.pathway.legal.prosecution.entity.FileDocument;
import uk.gov.pathway.legal.prosecution.entity.FileRecord;
import uk.gov.pathway.legal.prosecution.entity.FileStatus;
import uk.gov.pathway.legal.prosecution.entity.LayingLimit;
import uk.gov.pathway.legal.prosecution.entity.ProsecutionFile;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Prosecution files (spec/RULES.md, Prosecution; spec/API.md, Orders and prosecution files): opened from the
 * pre-proceedings decision by those who work the case, completed with the evidence, referred to Legal Services with
 * the evidence bundle; Legal Services accept (the information laid), return with what is needed, or decline; then the
 * hearings and the outcome. A legal officer sees only files that have been referred to Legal Services (never an OPEN
 * one: 404 as for a file that does not exist); officers the files of the cases they read; the manager all.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.LEGAL_OFFICER})
public class ProsecutionFiles {

    public static final String SUBJECT = "prosecution_file";
    public static final String LAYING_LIMIT = "PROSECUTION_LAYING_LIMIT";
    public static final String RETURNED_TASK = "PROSECUTION_FILE_RETURNED";
    public static final String REFERRED_TASK = "PROSECUTION_FILE_REFERRED";
    public static final String ESO_DIRECTION = "ESO_DIRECTION_BY_COURT";
    /** Fines the magistrates may impose: level 3 for s444(1), level 4 for s444(1A). */
    static final Map<String, BigDecimal> MAX_FINE = Map.of("444(1)", new BigDecimal("1000"),
            "444(1A)", new BigDecimal("2500"));

    @EJB
    AccessControl access;

    @EJB
    Cases cases;

    @EJB
    CaseWork work;

    @EJB
    PupilDirectory directory;

    @EJB
    Families families;

    @EJB
    Deadlines deadlines;

    @EJB
    SchoolCalendarService calendars;

    @EJB
    AuditTrail trail;

    @EJB
    SupervisionOrders orders;

    @Inject
    EvidenceBundle evidence;

    @Inject
    BundleWriter writer;

    @Inject
    Instance<EducationalNeglectRecords> neglect;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Event<ProsecutionConcluded> concluded;

    @Inject
    Clock clock;

    /** Who gets the task to review a file referred to Legal Services. */
    @Inject
    @ConfigProperty(name = "pathway.legal.reviewer", defaultValue = "legal-officer")
    String reviewer = "legal-officer";

    /** The largest signed PDF an officer may add to a file. */
    @Inject
    @ConfigProperty(name = "pathway.legal.max-document-bytes", defaultValue = "1048576")
    long maxDocumentBytes = 1048576;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    // ---- opening ------------------------------------------------------------------------------------------------

    /**
     * Opens a file from the pre-proceedings decision to prosecute (the panels module calls this when its panel decides
     * to proceed; {@code POST /cases/{id}/prosecution-files} too). The caller works the case.
     */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public FileDetail openFromDecision(PreProceedingsDecision d) {
        work.requireWorks(d.caseId());
        String section = section(d.section());
        if (d.upns() == null || d.upns().isEmpty()) {
            throw new InvalidInputException("upns", "Name the children the offence is about (their UPNs)");
        }
        if (d.from() == null) {
            throw new InvalidInputException("from", "Give the first day of the period charged (from)");
        }
        if (d.to() == null) {
            throw new InvalidInputException("to", "Give the last day of the period charged (to)");
        }
        if (d.to().isBefore(d.from())) {
            throw new InvalidInputException("to", "to (" + d.to() + ") is before from (" + d.from() + ")");
        }
        LocalDate today = SystemClock.today(clock);
        if (d.to().isAfter(today)) {
            throw new InvalidInputException("to", "The period charged ends on " + d.to() + ", after today: absence"
                    + " not yet happened cannot be charged");
        }
        List<Long> ofCase = cases.pupilIds(d.caseId());
        Set<Long> pupilIds = new LinkedHashSet<>();
        Map<Long, PupilRef> children = new LinkedHashMap<>();
        for (String upn : d.upns()) {
            PupilRef child;
            try {
                child = directory.visible(new UniquePupilNumber(upn == null ? "" : upn.strip()));
            } catch (IllegalArgumentException | NotVisibleException e) {
                throw new InvalidInputException("upns", "Pupil " + upn + " is not a child of case " + d.caseId());
            }
            if (!ofCase.contains(child.id())) {
                throw new InvalidInputException("upns", "Pupil " + upn + " is not a child of case " + d.caseId());
            }
            pupilIds.add(child.id());
            children.put(child.id(), child);
        }
        List<String> underOrder = new ArrayList<>();
        for (PupilRef child : children.values()) {
            orders.dutyOf(child.id()).ordersDuring(d.from(), d.to()).forEach(p -> underOrder.add(child.name()
                    + "'s Education Supervision Order runs from " + p.from() + " to " + p.to()));
        }
        if (!underOrder.isEmpty()) {
            throw new GateNotMetException(SupersededDuty.NO_PROSECUTION, underOrder);
        }
        LocalDate layBy = LayingLimit.layBy(d.to());
        if (layBy.isBefore(today)) {
            throw new InvalidInputException("to", "The information for absence up to " + d.to() + " had to be laid"
                    + " by " + layBy + " (six months, Magistrates' Courts Act 1980 s127): charge a later period");
        }
        String carerName = null;
        if (d.carerId() != null) {
            carerName = carerOf(children.values(), d.carerId());
        }
        String caller = access.caller().username();
        LayingLimit limit = null;
        try {
            limit = LayingLimit.of(d.to(), SchoolTimeline.ofCouncil(calendars.calendar()));
        } catch (IllegalArgumentException e) {
            // beyond the calendar: see below
        }
        ProsecutionFile file = new ProsecutionFile(d.caseId(), section, d.carerId(), carerName, pupilIds, d.from(),
                d.to(), layBy, limit == null ? null : limit.warnOn(), blankToNull(d.decisionReference()),
                d.decidedOn(), caller, clock.instant());
        em.persist(file);
        em.flush();
        if (limit != null) {
            deadlines.schedule(new NewDeadline(LAYING_LIMIT, "Prosecution file " + file.id() + ": lay the information"
                    + " by " + layBy, SUBJECT, file.id(), first(pupilIds), caller,
                    limit.warnOn().isBefore(today) ? today : limit.warnOn()));
        } else {
            // The calendar does not reach the limit yet: the warning waits for the year, and is set when it is added.
            deadlines.scheduleCounted(new CountedDeadline(LAYING_LIMIT, "Prosecution file " + file.id() + ": lay the"
                    + " information by " + layBy, SUBJECT, file.id(), first(pupilIds), caller,
                    Timescale.schoolDaysBefore(LayingLimit.WARNING_SCHOOL_DAYS), layBy));
        }
        announce(file, "PROSECUTION_FILE_OPENED", "Prosecution file " + file.id() + " opened under s" + section
                + " for " + d.from() + " to " + d.to() + (file.decisionReference() == null ? ""
                : " (pre-proceedings decision " + file.decisionReference() + ")"));
        return detailOf(file);
    }

    /** The warning before the laying limit waited for next year's calendar, and was dated when the year was added. */
    @jakarta.annotation.security.PermitAll
    public void warningDated(@jakarta.enterprise.event.Observes WaitingDeadlineDated dated) {
        if (dated.subjectType().equals(SUBJECT) && dated.kind().equals(LAYING_LIMIT)) {
            ProsecutionFile file = em.find(ProsecutionFile.class, dated.subjectId());
            if (file != null) {
                file.warnOn(dated.counted());
            }
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The files the caller may see, by id (spec/API.md's list). */
    public List<FileSummary> list() {
        return visibleFiles().stream().map(f -> new FileSummary(f.id(), f.caseId(), f.section(), f.status().name()))
                .toList();
    }

    /** The same files as rows for a screen, optionally of one status. */
    public List<FileRow> rows(String status) {
        FileStatus wanted = status == null || status.isBlank() ? null : status(status);
        List<ProsecutionFile> files = visibleFiles().stream().filter(f -> wanted == null || f.status() == wanted)
                .toList();
        Set<Long> ids = new LinkedHashSet<>();
        files.forEach(f -> ids.addAll(f.pupilIds()));
        Map<Long, PupilRef> refs = directory.refs(ids);
        return files.stream().map(f -> new FileRow(f.id(), f.caseId(), f.section(), f.status().name(),
                String.join(", ", f.pupilIds().stream().map(refs::get).filter(java.util.Objects::nonNull)
                        .map(PupilRef::name).toList()), f.periodFrom(), f.periodTo(), f.layBy(), f.referredOn(),
                f.referrals(), f.openedBy())).toList();
    }

    /** The files of a case the caller reads (404 for a case they do not read). */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public List<FileSummary> ofCase(long caseId) {
        if (!cases.reads(caseId)) {
            throw new NotVisibleException("Case " + caseId);
        }
        return visibleFiles().stream().filter(f -> f.caseId() == caseId)
                .map(f -> new FileSummary(f.id(), f.caseId(), f.section(), f.status().name())).toList();
    }

    public FileDetail detail(long fileId) {
        ProsecutionFile file = readable(fileId);
        for (Long pupilId : file.pupilIds()) {
            audit.fire(AuditEvent.read(pupilId, "prosecution file " + fileId, "prosecution file"));
        }
        return detailOf(file);
    }

    /**
     * The evidence bundle: for a legal officer, the bundle as last referred (a version kept with the file); for the
     * officers and the manager, the bundle as it stands now, gathered afresh.
     */
    public Bundle bundle(long fileId) {
        ProsecutionFile file = readable(fileId);
        for (Long pupilId : file.pupilIds()) {
            audit.fire(AuditEvent.read(pupilId, "prosecution file " + fileId, "evidence bundle"));
        }
        if (access.caller().has(Role.LEGAL_OFFICER) && !readsAsCouncil(access.caller(), file)) {
            FileDocument referred = latestBundle(fileId);
            if (referred == null) {
                throw new NotVisibleException("The bundle of prosecution file " + fileId);
            }
            return new Bundle(fileName(file, referred.versionNo()), referred.content(), referred.versionNo());
        }
        return new Bundle(fileName(file, 0), render(file), 0);
    }

    // ---- the officer's work --------------------------------------------------------------------------------------

    /** Records the s447 consideration: whether to apply for an ESO instead, and why not. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public FileDetail considerS447(long fileId, LocalDate on, String consideration) {
        ProsecutionFile file = editable(fileId);
        if (consideration == null || consideration.isBlank()) {
            throw new InvalidInputException("consideration", "Say whether an Education Supervision Order was"
                    + " considered instead and why the council prosecutes (s447)");
        }
        LocalDate day = on == null ? SystemClock.today(clock) : notAfterToday("on", on);
        file.considerS447(day, consideration.strip());
        announce(file, "S447_CONSIDERED", "s447: an Education Supervision Order considered for prosecution file "
                + fileId);
        return detailOf(file);
    }

    /** Names the parent the file charges (one file per parent). */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public FileDetail parent(long fileId, Long carerId) {
        ProsecutionFile file = editable(fileId);
        if (carerId == null) {
            throw new InvalidInputException("carerId", "Send {\"carerId\": …}: the parent the file charges");
        }
        file.carer(carerId, carerOf(directory.refs(file.pupilIds()).values(), carerId));
        return detailOf(file);
    }

    /** The parents the file may charge: carers of its children with parental responsibility or care of them. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public List<ProsecutionViews.ParentOption> parents(long fileId) {
        ProsecutionFile file = readable(fileId);
        Map<Long, ProsecutionViews.ParentOption> options = new LinkedHashMap<>();
        for (PupilRef child : directory.refs(file.pupilIds()).values()) {
            families.family(new UniquePupilNumber(child.upn())).carers().stream()
                    .filter(c -> c.parentalResponsibility() || c.livesWith())
                    .forEach(c -> options.putIfAbsent(c.carerId(), new ProsecutionViews.ParentOption(c.carerId(),
                            c.forename() + " " + c.surname(), c.relationship())));
        }
        return List.copyOf(options.values());
    }

    /**
     * Adds an interview under caution, a witness statement (with its exhibits), a headteacher's s566 certificate (with
     * the school) or an item of unused material; a signed PDF, when sent, is checked and kept as a versioned document.
     */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public FileDetail addEvidence(long fileId, String kindName, LocalDate on, String person, String laestab,
                                  String summary, String exhibits, String documentTitle, byte[] signedPdf) {
        ProsecutionFile file = editable(fileId);
        FileRecord.Kind kind;
        try {
            kind = FileRecord.Kind.valueOf(kindName == null ? "" : kindName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null || kind == FileRecord.Kind.REVIEW || kind == FileRecord.Kind.HEARING) {
            throw new InvalidInputException("kind", "kind is one of INTERVIEW_UNDER_CAUTION, WITNESS_STATEMENT,"
                    + " CERTIFICATE_S566, UNUSED_MATERIAL");
        }
        if (on == null) {
            throw new InvalidInputException("on", "Give the day of the " + kind.label().toLowerCase(Locale.ROOT));
        }
        notAfterToday("on", on);
        if ((kind == FileRecord.Kind.INTERVIEW_UNDER_CAUTION || kind == FileRecord.Kind.WITNESS_STATEMENT
                || kind == FileRecord.Kind.CERTIFICATE_S566) && (person == null || person.isBlank())) {
            throw new InvalidInputException("person", kind == FileRecord.Kind.CERTIFICATE_S566
                    ? "Name the headteacher who certified the attendance" : kind == FileRecord.Kind.WITNESS_STATEMENT
                    ? "Name the witness" : "Name the person interviewed under caution");
        }
        if (kind == FileRecord.Kind.CERTIFICATE_S566 && (laestab == null || !laestab.strip().matches("\\d{7}"))) {
            throw new InvalidInputException("laestab", "A certificate is the headteacher's of one school: give its"
                    + " LAESTAB (7 digits)");
        }
        if (summary == null || summary.isBlank()) {
            throw new InvalidInputException("summary", "Say what the " + kind.label() + " records");
        }
        Long documentId = null;
        if (signedPdf != null) {
            documentId = keepDocument(file, kind.name(), documentTitle == null || documentTitle.isBlank()
                    ? kind.label() + (person == null ? "" : ": " + person.strip()) : documentTitle.strip(), signedPdf);
        }
        em.persist(FileRecord.evidence(file.id(), new FileRecord.Evidence(kind, on, blankToNull(person),
                laestab == null ? null : laestab.strip(), summary.strip(), blankToNull(exhibits), documentId),
                access.caller().username(), clock.instant()));
        announce(file, "PROSECUTION_EVIDENCE", kind.label() + " added to prosecution file " + fileId);
        return detailOf(file);
    }

    /** A signed PDF for the file (checked: type, size, readable); the same title again is its next version. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public DocumentView upload(long fileId, String kind, String title, byte[] pdf) {
        ProsecutionFile file = editable(fileId);
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (!List.of("CERTIFICATE_S566", "WITNESS_STATEMENT", "INTERVIEW_UNDER_CAUTION", "EXHIBIT", "OTHER")
                .contains(k)) {
            throw new InvalidInputException("kind", "kind is one of CERTIFICATE_S566, WITNESS_STATEMENT,"
                    + " INTERVIEW_UNDER_CAUTION, EXHIBIT, OTHER");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "Give the document a title, e.g. Certificate of attendance");
        }
        long id = keepDocument(file, k, title.strip(), pdf);
        FileDocument d = em.find(FileDocument.class, id);
        return new DocumentView(d.id(), d.kind(), d.title(), d.versionNo(), d.pages(), d.sizeBytes(), d.uploadedBy(),
                d.uploadedAt());
    }

    /** A version of one of the file's documents (a signed PDF or a bundle as referred). */
    public Bundle document(long fileId, long documentId) {
        ProsecutionFile file = readable(fileId);
        FileDocument d = em.find(FileDocument.class, documentId);
        if (d == null || d.fileId() != file.id()) {
            throw new NotVisibleException("Document " + documentId + " of prosecution file " + fileId);
        }
        return new Bundle(d.title().replaceAll("[^A-Za-z0-9]+", "-") + "-v" + d.versionNo() + ".pdf", d.content(),
                d.versionNo());
    }

    /**
     * Sends the file to Legal Services: refused (422, what is missing) until it is complete; the bundle as it stands
     * is kept as the next version, and Legal Services get the task to review it.
     */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public FileSummary refer(long fileId) {
        ProsecutionFile file = worked(fileId);
        if (file.status() != FileStatus.OPEN && file.status() != FileStatus.RETURNED) {
            throw new InvalidInputException("status", "Prosecution file " + fileId + " is " + file.status()
                    + ": only an open or returned file is referred to Legal Services");
        }
        List<String> missing = missing(file);
        if (!missing.isEmpty()) {
            throw new GateNotMetException("Prosecution file " + fileId + " is not complete", missing);
        }
        byte[] bundle = render(file);
        LocalDate today = SystemClock.today(clock);
        int version = nextVersion(file.id(), "BUNDLE", "Evidence bundle");
        em.persist(new FileDocument(file.id(), "BUNDLE", "Evidence bundle", version, writer.checkPdf(bundle), bundle,
                access.caller().username(), clock.instant()));
        deadlines.completeOpen(SUBJECT, file.id(), RETURNED_TASK);
        file.refer(today);
        deadlines.schedule(new NewDeadline(REFERRED_TASK, "Review prosecution file " + file.id() + " (referred"
                + (file.referrals() > 1 ? " again" : "") + ")", SUBJECT, file.id(), first(file.pupilIds()), reviewer,
                today));
        announce(file, "PROSECUTION_FILE_REFERRED", "Prosecution file " + fileId + " referred to Legal Services"
                + (file.referrals() > 1 ? " again (" + file.referrals() + ")" : ""));
        return new FileSummary(file.id(), file.caseId(), file.section(), file.status().name());
    }

    // ---- Legal Services ------------------------------------------------------------------------------------------

    /** Legal Services' review of a referred file. */
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public FileSummary review(long fileId, Review review) {
        ProsecutionFile file = readable(fileId);
        if (review == null || review.decision() == null || review.decision().isBlank()) {
            throw new InvalidInputException("decision", "decision is ACCEPTED, RETURNED or DECLINED");
        }
        String decision = review.decision().strip().toUpperCase(Locale.ROOT);
        if (!List.of("ACCEPTED", "RETURNED", "DECLINED").contains(decision)) {
            throw new InvalidInputException("decision", "decision is ACCEPTED, RETURNED or DECLINED; got '"
                    + review.decision() + "'");
        }
        if (file.status() != FileStatus.REFERRED) {
            throw new InvalidInputException("decision", "Prosecution file " + fileId + " is " + file.status()
                    + ": Legal Services review a file when it is referred to them");
        }
        List<String> needed = review.needed() == null ? List.of() : review.needed().stream()
                .filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        LocalDate today = SystemClock.today(clock);
        String reasons = blankToNull(review.reasons());
        switch (decision) {
            case "RETURNED" -> {
                if (needed.isEmpty()) {
                    throw new InvalidInputException("needed", "Say what is needed before Legal Services can accept"
                            + " the file, e.g. [\"the school's s566 certificate\"]");
                }
                file.returned();
                deadlines.schedule(new NewDeadline(RETURNED_TASK, "Prosecution file " + file.id() + " returned by"
                        + " Legal Services: " + String.join("; ", needed), SUBJECT, file.id(), first(file.pupilIds()),
                        file.openedBy(), today));
            }
            case "DECLINED" -> {
                if (reasons == null && needed.isEmpty()) {
                    throw new InvalidInputException("reasons", "Give Legal Services' reasons for declining the file");
                }
                reasons = reasons == null ? String.join("; ", needed) : reasons;
                file.declined();
                deadlines.completeOpen(SUBJECT, file.id(), LAYING_LIMIT);
            }
            default -> {
                LocalDate laid = review.laidOn();
                if (laid != null) {
                    notAfterToday("laidOn", laid);
                    if (!new LayingLimit(file.periodTo(), file.layBy(), file.warnOn()).inTime(laid)) {
                        throw new InvalidInputException("laidOn", "The information had to be laid by " + file.layBy()
                                + " (six months from " + file.periodTo() + "); " + laid + " is out of time");
                    }
                    deadlines.completeOpen(SUBJECT, file.id(), LAYING_LIMIT);
                }
                file.accepted(laid);
            }
        }
        deadlines.completeOpen(SUBJECT, file.id(), REFERRED_TASK);
        em.persist(FileRecord.review(file.id(), today, decision, needed.isEmpty() ? null : String.join("\n", needed),
                reasons, review.laidOn(), access.caller().username(), clock.instant()));
        announce(file, "PROSECUTION_FILE_" + decision, "Legal Services " + decision.toLowerCase(Locale.ROOT)
                + " prosecution file " + fileId + (needed.isEmpty() ? "" : ": needed " + String.join("; ", needed)));
        return new FileSummary(file.id(), file.caseId(), file.section(), file.status().name());
    }

    /** The day the information was laid, when the review accepted the file before it was. */
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public FileDetail laid(long fileId, LocalDate on) {
        ProsecutionFile file = readable(fileId);
        if (file.status() != FileStatus.ACCEPTED) {
            throw new InvalidInputException("laidOn", "Prosecution file " + fileId + " is " + file.status()
                    + ": an information is laid for an accepted file");
        }
        if (on == null || !new LayingLimit(file.periodTo(), file.layBy(), file.warnOn()).inTime(notAfterToday("laidOn", on))) {
            throw new InvalidInputException("laidOn", "Give the day laid, by " + file.layBy());
        }
        file.accepted(on);
        deadlines.completeOpen(SUBJECT, file.id(), LAYING_LIMIT);
        return detailOf(file);
    }

    /**
     * A hearing of an accepted file: the plea, and once given the verdict and sentence (fine, costs, surcharge,
     * conditional discharge, parenting order with its programme), and a court's direction to apply for an ESO
     * (s447(2)). A verdict concludes the file and tells the penalty notice module.
     */
    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.SAS_MANAGER})
    public FileDetail hearing(long fileId, ProsecutionViews.Hearing h) {
        ProsecutionFile file = readable(fileId);
        if (file.status() != FileStatus.ACCEPTED) {
            throw new InvalidInputException("status", "Prosecution file " + fileId + " is " + file.status()
                    + ": hearings are recorded for a file Legal Services accepted");
        }
        if (h == null || h.on() == null) {
            throw new InvalidInputException("on", "Give the day of the hearing");
        }
        String plea = choice("plea", h.plea(), "GUILTY", "NOT_GUILTY", "NONE");
        String verdict = choice("verdict", h.verdict(), "GUILTY", "NOT_GUILTY", "WITHDRAWN");
        boolean convicted = "GUILTY".equals(verdict) || verdict == null && "GUILTY".equals(plea);
        if (verdict == null && "GUILTY".equals(plea)) {
            verdict = "GUILTY";
        }
        if (!convicted && (h.fine() != null || h.parentingOrderMonths() != null || h.dischargeMonths() != null)) {
            throw new InvalidInputException("verdict", "A sentence follows a conviction: record the guilty plea or"
                    + " verdict");
        }
        money("fine", h.fine(), MAX_FINE.get(file.section()));
        money("costs", h.costs(), null);
        money("surcharge", h.surcharge(), null);
        if (h.parentingOrderMonths() != null) {
            if (h.parentingOrderMonths() < 1 || h.parentingOrderMonths() > 12) {
                throw new InvalidInputException("parentingOrderMonths", "A parenting order lasts up to 12 months");
            }
            if (h.programme() == null || h.programme().isBlank()) {
                throw new InvalidInputException("programme", "A parenting order names its guidance programme (up to"
                        + " 3 months)");
            }
        }
        if (h.dischargeMonths() != null && (h.dischargeMonths() < 1 || h.dischargeMonths() > 36)) {
            throw new InvalidInputException("dischargeMonths", "A conditional discharge is for up to 3 years");
        }
        FileRecord.Hearing recorded = new FileRecord.Hearing(h.on(), h.court(), plea, verdict, h.fine(), h.costs(),
                h.surcharge(), h.dischargeMonths(), h.parentingOrderMonths(), blankToNull(h.programme()),
                h.esoDirection(), h.nextHearingOn(), blankToNull(h.notes()));
        em.persist(FileRecord.hearing(file.id(), recorded, access.caller().username(), clock.instant()));
        if (Boolean.TRUE.equals(h.esoDirection())) {
            deadlines.schedule(new NewDeadline(ESO_DIRECTION, "The court directed the council to apply for an ESO"
                    + " (prosecution file " + file.id() + "): apply, or say why not, within 8 weeks", SUBJECT,
                    file.id(), first(file.pupilIds()), file.openedBy(), h.on().plusWeeks(8)));
        }
        if (verdict != null) {
            file.concluded(h.on());
            Map<Long, PupilRef> refs = directory.refs(file.pupilIds());
            concluded.fire(new ProsecutionConcluded(file.id(), file.caseId(), file.carerId(),
                    refs.values().stream().map(PupilRef::upn).toList(), file.section(), convicted, h.on()));
            announce(file, "PROSECUTION_CONCLUDED", "Prosecution file " + fileId + ": " + verdict.replace('_', ' ')
                    .toLowerCase(Locale.ROOT) + (h.parentingOrderMonths() == null ? ""
                    : ", parenting order for " + h.parentingOrderMonths() + " months"));
        } else {
            announce(file, "PROSECUTION_HEARING", "Prosecution file " + fileId + ": hearing on " + h.on()
                    + (h.nextHearingOn() == null ? "" : ", next on " + h.nextHearingOn()));
        }
        return detailOf(file);
    }

    /** Legal figures for the manager's dashboard: files by status and the court's outcomes. */
    @RolesAllowed(Roles.SAS_MANAGER)
    public Figures figures() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Arrays.stream(FileStatus.values()).forEach(s -> byStatus.put(s.name(), 0L));
        List<ProsecutionFile> all = em.createNamedQuery(ProsecutionFile.ALL, ProsecutionFile.class).getResultList();
        all.forEach(f -> byStatus.merge(f.status().name(), 1L, Long::sum));
        List<FileRecord> hearings = em.createQuery("select r from FileRecord r where r.kind = :k", FileRecord.class)
                .setParameter("k", FileRecord.Kind.HEARING).getResultList();
        long convictions = hearings.stream().filter(r -> "GUILTY".equals(r.verdict())).count();
        long acquittals = hearings.stream().filter(r -> "NOT_GUILTY".equals(r.verdict())).count();
        long parenting = hearings.stream().filter(r -> r.parentingOrderMonths() != null).count();
        long directions = hearings.stream().filter(r -> Boolean.TRUE.equals(r.esoDirection())).count();
        long returned = em.createQuery("select count(distinct r.fileId) from FileRecord r where r.kind = :k"
                + " and r.decision = 'RETURNED'", Long.class).setParameter("k", FileRecord.Kind.REVIEW)
                .getSingleResult();
        return new Figures(byStatus, convictions, acquittals, parenting, directions, returned);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private List<ProsecutionFile> visibleFiles() {
        Caller caller = access.caller();
        if (caller.has(Role.SAS_MANAGER)) {
            return em.createNamedQuery(ProsecutionFile.ALL, ProsecutionFile.class).getResultList();
        }
        List<ProsecutionFile> visible = new ArrayList<>();
        Map<Long, Boolean> readsCase = new HashMap<>();
        boolean council = caller.hasAny(Role.STATUTORY_OFFICER, Role.TRADED_OFFICER, Role.EARLY_HELP_WORKER);
        List<ProsecutionFile> candidates = council
                ? em.createNamedQuery(ProsecutionFile.ALL, ProsecutionFile.class).getResultList()
                : em.createNamedQuery(ProsecutionFile.REFERRED, ProsecutionFile.class)
                .setParameter("open", FileStatus.OPEN).getResultList();
        for (ProsecutionFile f : candidates) {
            boolean legal = caller.has(Role.LEGAL_OFFICER) && f.status().referred();
            if (legal || council && readsCase.computeIfAbsent(f.caseId(), cases::reads)) {
                visible.add(f);
            }
        }
        return visible;
    }

    private boolean readsAsCouncil(Caller caller, ProsecutionFile file) {
        return caller.has(Role.SAS_MANAGER) || caller.hasAny(Role.STATUTORY_OFFICER, Role.TRADED_OFFICER,
                Role.EARLY_HELP_WORKER) && cases.reads(file.caseId());
    }

    /** The file if the caller may see it, else 404 (a refused read of a file that exists is audited). */
    private ProsecutionFile readable(long fileId) {
        ProsecutionFile file = em.find(ProsecutionFile.class, fileId);
        if (file == null) {
            throw new NotVisibleException("Prosecution file " + fileId);
        }
        Caller caller = access.caller();
        boolean legal = caller.has(Role.LEGAL_OFFICER) && file.status().referred();
        if (!legal && !readsAsCouncil(caller, file)) {
            for (Long pupilId : file.pupilIds()) {
                trail.refused(pupilId, "prosecution file " + fileId, caller.has(Role.LEGAL_OFFICER)
                        ? "a file not referred to Legal Services" : "a file of a case the caller does not read");
            }
            throw new NotVisibleException("Prosecution file " + fileId);
        }
        return file;
    }

    /** The file, if the caller works its case (404 unseen; 403 seen, not worked). */
    private ProsecutionFile worked(long fileId) {
        ProsecutionFile file = readable(fileId);
        try {
            work.requireWorks(file.caseId());
        } catch (InvalidInputException closed) {
            // a closed case's file is still completed and referred: reading it is enough for the manager
            if (!access.caller().has(Role.SAS_MANAGER)) {
                throw closed;
            }
        } catch (AccessDeniedException denied) {
            throw new AccessDeniedException("You may read prosecution file " + fileId + " but not work it");
        }
        return file;
    }

    /** A file the officer may still add to: open, or returned by Legal Services. */
    private ProsecutionFile editable(long fileId) {
        ProsecutionFile file = worked(fileId);
        if (file.status() != FileStatus.OPEN && file.status() != FileStatus.RETURNED) {
            throw new InvalidInputException("status", "Prosecution file " + fileId + " is " + file.status()
                    + ": evidence is added while the file is open or returned");
        }
        return file;
    }

    /** What is still missing before the file can be referred (empty: complete). */
    List<String> missing(ProsecutionFile file) {
        List<FileRecord> records = em.createNamedQuery(FileRecord.OF_FILE, FileRecord.class)
                .setParameter("fileId", file.id()).getResultList();
        List<String> missing = new ArrayList<>();
        if (file.carerId() == null) {
            missing.add("the parent charged (a file is per parent)");
        }
        if (file.s447ConsideredOn() == null) {
            missing.add("the s447 consideration of an Education Supervision Order");
        }
        for (PupilRef child : directory.refs(file.pupilIds()).values()) {
            if (child.laestab() != null && records.stream().noneMatch(r -> r.kind() == FileRecord.Kind.CERTIFICATE_S566
                    && child.laestab().equals(r.laestab()))) {
                missing.add("the headteacher's s566 certificate of attendance for " + child.schoolName() + " ("
                        + child.laestab() + ")");
            }
        }
        if (records.stream().noneMatch(r -> r.kind() == FileRecord.Kind.WITNESS_STATEMENT)) {
            missing.add("a witness statement under s9 Criminal Justice Act 1967");
        }
        if (file.section().equals("444(1A)")
                && records.stream().noneMatch(r -> r.kind() == FileRecord.Kind.INTERVIEW_UNDER_CAUTION)) {
            missing.add("the parent's interview under caution (an s444(1A) charge needs it)");
        }
        if (file.status() == FileStatus.RETURNED) {
            Instant returnedAt = records.stream().filter(r -> r.kind() == FileRecord.Kind.REVIEW)
                    .map(FileRecord::recordedAt).max(Instant::compareTo).orElse(Instant.MIN);
            boolean added = records.stream().anyMatch(r -> r.kind() != FileRecord.Kind.REVIEW
                    && r.recordedAt().isAfter(returnedAt)) || uploadedAfter(file.id(), returnedAt);
            if (!added) {
                missing.add("what Legal Services asked for when they returned the file: " + String.join("; ",
                        lastNeeded(records)));
            }
        }
        return missing;
    }

    private boolean uploadedAfter(long fileId, Instant at) {
        return em.createQuery("select count(d) from FileDocument d where d.fileId = :f and d.kind <> 'BUNDLE'"
                + " and d.uploadedAt > :at", Long.class).setParameter("f", fileId).setParameter("at", at)
                .getSingleResult() > 0;
    }

    private static List<String> lastNeeded(List<FileRecord> records) {
        return records.stream().filter(r -> r.kind() == FileRecord.Kind.REVIEW && "RETURNED".equals(r.decision()))
                .reduce((a, b) -> b).map(r -> List.of(r.needed().split("\n"))).orElse(List.of());
    }

    private byte[] render(ProsecutionFile file) {
        return writer.bundle(evidence.of(file, directory.refs(file.pupilIds()), file.carerName(),
                access.caller().username()));
    }

    private FileDocument latestBundle(long fileId) {
        return em.createQuery("select d from FileDocument d where d.fileId = :f and d.kind = 'BUNDLE'"
                + " order by d.versionNo desc", FileDocument.class).setParameter("f", fileId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private long keepDocument(ProsecutionFile file, String kind, String title, byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException("document", "The document is empty: send the signed PDF");
        }
        if (pdf.length > maxDocumentBytes) {
            throw new InvalidInputException("document", "The document is " + pdf.length + " bytes; a signed PDF"
                    + " may be up to " + maxDocumentBytes + " bytes");
        }
        int pages;
        try {
            pages = writer.checkPdf(pdf);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("document", e.getMessage());
        }
        FileDocument document = new FileDocument(file.id(), kind, title.length() > 200 ? title.substring(0, 200)
                : title, nextVersion(file.id(), kind, title), pages, pdf, access.caller().username(), clock.instant());
        em.persist(document);
        em.flush();
        return document.id();
    }

    private int nextVersion(long fileId, String kind, String title) {
        Integer latest = em.createNamedQuery(FileDocument.LATEST, Integer.class).setParameter("fileId", fileId)
                .setParameter("kind", kind).setParameter("title", title).getSingleResult();
        return latest == null ? 1 : latest + 1;
    }

    private FileDetail detailOf(ProsecutionFile file) {
        Map<Long, PupilRef> refs = directory.refs(file.pupilIds());
        List<FileRecord> records = em.createNamedQuery(FileRecord.OF_FILE, FileRecord.class)
                .setParameter("fileId", file.id()).getResultList();
        List<RecordView> views = records.stream().map(r -> new RecordView(r.id(), r.kind().name(), r.kind().label(),
                r.occurredOn(), r.person(), r.laestab(), r.summary(), r.exhibits(), r.decision(),
                r.needed() == null ? List.of() : List.of(r.needed().split("\n")), r.plea(), r.verdict(), r.fine(),
                r.costs(), r.surcharge(), r.dischargeMonths(), r.parentingOrderMonths(), r.programme(),
                r.esoDirection(), r.nextHearingOn(), r.documentId(), r.recordedBy())).toList();
        List<DocumentView> documents = em.createNamedQuery(FileDocument.OF_FILE, Object[].class)
                .setParameter("fileId", file.id()).getResultList().stream().map(FileDocument.Listed::of)
                .map(d -> new DocumentView(d.id(), d.kind(), d.title(), d.versionNo(), d.pages(), d.sizeBytes(),
                        d.uploadedBy(), d.uploadedAt())).toList();
        List<NeglectView> neglectViews = neglect.isResolvable() ? neglect.get().ofCase(file.caseId()).stream()
                .map(n -> new NeglectView(n.on(), n.kind(), n.summary())).toList() : List.of();
        boolean editable = file.status() == FileStatus.OPEN || file.status() == FileStatus.RETURNED;
        return new FileDetail(file.id(), file.caseId(), file.section(), file.status().name(),
                refs.values().stream().map(c -> new Child(c.upn(), c.name(), c.laestab(), c.schoolName())).toList(),
                file.carerId(), file.carerName(), file.periodFrom(), file.periodTo(), file.layBy(), file.warnOn(),
                file.decisionReference(), file.decidedOn(), file.s447ConsideredOn(), file.s447Consideration(),
                file.referredOn(), file.referrals(), file.laidOn(), file.concludedOn(), views, documents,
                editable ? missing(file) : List.of(), lastNeeded(records), neglectViews, file.version());
    }

    private String carerOf(java.util.Collection<PupilRef> children, long carerId) {
        for (PupilRef child : children) {
            var carer = families.family(new UniquePupilNumber(child.upn())).carers().stream()
                    .filter(c -> c.carerId() == carerId).findFirst();
            if (carer.isEmpty()) {
                throw new InvalidInputException("carerId", "Carer " + carerId + " is not a parent or carer of "
                        + child.name() + " (link them on the child's family first)");
            }
            if (!carer.get().parentalResponsibility() && !carer.get().livesWith()) {
                throw new InvalidInputException("carerId", carer.get().forename() + " " + carer.get().surname()
                        + " neither has parental responsibility for nor care of " + child.name()
                        + ": not a parent in the s576 sense");
            }
        }
        var any = families.family(new UniquePupilNumber(children.iterator().next().upn())).carers().stream()
                .filter(c -> c.carerId() == carerId).findFirst().orElseThrow();
        return any.forename() + " " + any.surname();
    }

    private void announce(ProsecutionFile file, String kind, String summary) {
        Instant now = clock.instant();
        String actor = access.caller().username();
        for (Long pupilId : file.pupilIds()) {
            chronology.fire(new ChronologyEntry(now, pupilId, file.caseId(), "legal", kind, summary, actor));
            audit.fire(AuditEvent.change(pupilId, "prosecution file " + file.id(), summary));
        }
    }

    private LocalDate notAfterToday(String field, LocalDate day) {
        if (day.isAfter(SystemClock.today(clock))) {
            throw new InvalidInputException(field, field + " (" + day + ") is in the future");
        }
        return day;
    }

    private static void money(String field, BigDecimal amount, BigDecimal max) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, field + " cannot be negative");
        }
        if (max != null && amount.compareTo(max) > 0) {
            throw new InvalidInputException(field, "The most the court may fine for this offence is £" + max);
        }
    }

    private static String choice(String field, String value, String... allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!Arrays.asList(allowed).contains(v)) {
            throw new InvalidInputException(field, field + " is one of " + String.join(", ", allowed) + "; got '"
                    + value + "'");
        }
        return v;
    }

    static String section(String section) {
        if (section == null || !ProsecutionFile.SECTIONS.contains(section.strip())) {
            throw new InvalidInputException("section", "section is 444(1) or 444(1A); got '" + section + "'");
        }
        return section.strip();
    }

    private static FileStatus status(String status) {
        try {
            return FileStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status is one of OPEN, REFERRED, RETURNED, ACCEPTED, DECLINED,"
                    + " CONCLUDED; got '" + status + "'");
        }
    }

    private static String fileName(ProsecutionFile file, int version) {
        return "prosecution-file-" + file.id() + "-bundle" + (version == 0 ? "" : "-v" + version) + ".pdf";
    }

    private static Long first(Set<Long> ids) {
        return ids.isEmpty() ? null : ids.iterator().next();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
