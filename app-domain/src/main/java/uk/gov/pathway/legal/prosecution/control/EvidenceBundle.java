package uk.gov.pathway.legal.prosecution.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.boundary.CaseDetail;
import uk.gov.pathway.casework.boundary.CaseLetters;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.kernel.chronology.ChronologyFilter;
import uk.gov.pathway.kernel.documents.BundleDocument;
import uk.gov.pathway.kernel.documents.BundleDocument.Block;
import uk.gov.pathway.kernel.documents.BundleDocument.Section;
import uk.gov.pathway.kernel.documents.BundleDocument.Table;
import uk.gov.pathway.kernel.documents.BundleDocument.Text;
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.legal.orders.boundary.ParentingContracts;
import uk.gov.pathway.legal.orders.boundary.SchoolAttendanceOrders;
import uk.gov.pathway.legal.orders.boundary.SupervisionOrders;
import uk.gov.pathway.legal.prosecution.boundary.EarlierPenaltyNotices;
import uk.gov.pathway.legal.prosecution.boundary.EducationalNeglectRecords;
import uk.gov.pathway.legal.prosecution.entity.FileDocument;
import uk.gov.pathway.legal.prosecution.entity.FileRecord;
import uk.gov.pathway.legal.prosecution.entity.ProsecutionFile;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.boundary.AttendanceRecord;
import uk.gov.pathway.registration.boundary.MarkChange;
import uk.gov.pathway.registration.boundary.PupilChronology;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Gathers a prosecution file's evidence bundle (spec/RULES.md, Prosecution: evidence) from the modules that own each
 * part, read as the officer who builds the file (their own access checks apply): the certificates and the register for
 * the period with its amendment history (registration), the chronology, the letters and the notes of meetings and the
 * graduated response (casework), earlier penalty notices and educational neglect (ports the penalty notice and panels
 * modules implement), and the file's own records. The sections are always the same, in the same order, so that Legal
 * Services find each where the index says; an empty one says that nothing is recorded.
 */
@Dependent
public class EvidenceBundle {

    /** The sections, in order: the index lists them so. */
    public static final List<String> SECTIONS = List.of(
            "Summary of the file and the pre-proceedings decision",
            "Certificates of attendance (s566) and the register for the period, with its amendment history",
            "Chronology of interventions",
            "Letters sent",
            "Notes of meetings (AIM, TAF, contract, pre-court)",
            "Graduated response: assessments, plans and reviews",
            "Interviews under caution (PACE Code C)",
            "Witness statements (s9 Criminal Justice Act 1967) and exhibits",
            "Consideration of an Education Supervision Order (s447)",
            "Earlier penalty notices and certificates of non-payment",
            "Educational neglect: CLAAG decision, MARF and MASH outcome",
            "Schedule of unused material (CPIA 1996)");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    @EJB
    CaseWork work;

    @EJB
    CaseLetters letters;

    @EJB
    PupilChronology chronology;

    @EJB
    AttendanceRecord attendance;

    @EJB
    ParentingContracts contracts;

    @EJB
    SupervisionOrders supervisionOrders;

    @EJB
    SchoolAttendanceOrders attendanceOrders;

    @Inject
    Instance<EarlierPenaltyNotices> penaltyNotices;

    @Inject
    Instance<EducationalNeglectRecords> neglect;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The bundle of {@code file} for {@code children}, naming the parent {@code carer} (or null). */
    public BundleDocument of(ProsecutionFile file, Map<Long, PupilRef> children, String carer, String preparedBy) {
        CaseDetail detail = work.detail(file.caseId());
        List<FileRecord> records = em.createNamedQuery(FileRecord.OF_FILE, FileRecord.class)
                .setParameter("fileId", file.id()).getResultList();
        List<FileDocument> signed = em.createQuery("select d from FileDocument d where d.fileId = :fileId and d.kind"
                + " <> 'BUNDLE' order by d.kind, d.title, d.versionNo", FileDocument.class)
                .setParameter("fileId", file.id()).getResultList();
        List<FileDocument> latest = latestVersions(signed);
        List<Section> sections = new ArrayList<>();
        List<String> upns = children.values().stream().map(PupilRef::upn).toList();

        sections.add(new Section(SECTIONS.get(0), List.of(new Text(String.join("\n",
                "Offence: section " + file.section() + " Education Act 1996"
                        + (file.section().equals("444(1A)") ? " (knowingly failing to cause regular attendance)"
                        : " (failing to secure regular attendance)"),
                "Parent: " + (carer == null ? "[not recorded]" : carer),
                "Children: " + String.join(", ", children.values().stream().map(c -> c.name() + " (" + c.upn()
                        + ", " + (c.schoolName() == null ? "no school" : c.schoolName()) + ")").toList()),
                "Period charged: " + file.periodFrom() + " to " + file.periodTo(),
                "Information to be laid by: " + file.layBy() + " (six months from the last day charged, MCA 1980 s127)",
                "Case: " + file.caseId(),
                "Pre-proceedings decision: " + (file.decisionReference() == null ? "[not recorded]"
                        : file.decisionReference()) + (file.decidedOn() == null ? "" : ", decided on " + file.decidedOn()),
                "Referred to Legal Services: " + file.referrals() + " time(s) before this bundle")))));

        List<Block> register = new ArrayList<>();
        register.add(new Table(List.of("School", "Certified by", "Date", "Signed copy"), records.stream()
                .filter(r -> r.kind() == FileRecord.Kind.CERTIFICATE_S566).map(r -> List.of(nz(r.laestab()),
                        nz(r.person()), String.valueOf(r.occurredOn()), r.documentId() == null ? "" : "attached"))
                .toList()));
        for (PupilRef child : children.values()) {
            UniquePupilNumber upn = new UniquePupilNumber(child.upn());
            var figures = attendance.figures(upn, file.periodFrom(), file.periodTo()).figures();
            register.add(new Text(child.name() + " (" + child.upn() + "): " + figures.possibleSessions()
                    + " possible sessions, " + figures.unauthorisedAbsenceSessions() + " unauthorised absences, "
                    + "attendance " + figures.attendancePercent() + "% from " + file.periodFrom() + " to "
                    + file.periodTo() + "."));
            List<Mark> marks = attendance.marks(upn, file.periodFrom(), file.periodTo());
            register.add(new Table(List.of("Date", "Session", "Code"), marks.stream()
                    .map(m -> List.of(m.date().toString(), m.session().name(), m.code().code())).toList()));
            List<MarkChange> changes = attendance.changes(upn).stream()
                    .filter(c -> !c.date().isBefore(file.periodFrom()) && !c.date().isAfter(file.periodTo())).toList();
            register.add(new Text("Amendment history of " + child.name() + "'s register for the period:"));
            register.add(new Table(List.of("Date", "Session", "Was", "Now", "Changed at", "By import"), changes.stream()
                    .map(c -> List.of(c.date().toString(), c.session(), nz(c.oldCode()), nz(c.newCode()),
                            c.changedAt() == null ? "" : WHEN.format(c.changedAt()), nz(c.jobId()))).toList()));
        }
        sections.add(new Section(SECTIONS.get(1), register, pdfs(latest, "CERTIFICATE_S566")));

        List<List<String>> lines = new ArrayList<>();
        for (String upn : upns) {
            for (PupilChronology.Line line : chronology.timeline(new UniquePupilNumber(upn), false,
                    ChronologyFilter.ALL).lines()) {
                lines.add(List.of(WHEN.format(line.at()), nz(line.childName()), line.module(), line.kind(),
                        nz(line.summary()), nz(line.actor())));
            }
        }
        sections.add(new Section(SECTIONS.get(2), List.of(new Table(List.of("When", "Child", "Module", "Kind",
                "What", "Who"), lines))));

        List<LetterView> sent = letters.ofCase(file.caseId());
        sections.add(new Section(SECTIONS.get(3), List.of(new Table(List.of("Letter", "Made", "Sent on", "Method",
                "Recipient"), sent.stream().map(l -> List.of(l.title(), WHEN.format(l.createdAt()),
                l.sentOn() == null ? "not sent" : l.sentOn().toString(), nz(l.sentMethod()),
                "the parent named in the letter, about " + childName(children, l.pupilId()))).toList()))));

        List<Block> meetings = new ArrayList<>();
        meetings.add(new Table(List.of("Date", "Meeting or contact", "Summary", "Notes", "Present"), detail.contacts()
                .stream().map(c -> List.of(String.valueOf(c.occurredOn()), c.kindLabel(), nz(c.summary()),
                        nz(c.notes()), nz(c.attendees()))).toList()));
        meetings.add(new Text("Parenting contracts"));
        meetings.add(new Table(List.of("Signed", "Parties", "The parents' commitments", "Support", "Reviews",
                "Outcome"), contracts.ofCase(file.caseId()).stream().map(c -> List.of(String.valueOf(c.signedOn()),
                nz(c.parties()), nz(c.parentCommitments()), nz(c.supportCommitments()), String.join("; ", c.reviews()),
                nz(c.outcome()))).toList()));
        sections.add(new Section(SECTIONS.get(4), meetings));

        List<Block> graduated = new ArrayList<>();
        graduated.add(new Text("Assessments"));
        graduated.add(new Table(List.of("Date", "Reasons", "Support required", "Child's voice"), detail.assessments()
                .stream().map(a -> List.of(String.valueOf(a.assessedOn()), nz(a.reasons()), nz(a.supportRequired()),
                        nz(a.childVoice()))).toList()));
        graduated.add(new Text("Plans"));
        graduated.add(new Table(List.of("Made", "Target", "Targets", "Actions"), detail.plans().stream()
                .map(p -> List.of(String.valueOf(p.createdOn()), p.targetAttendancePercent() == null ? ""
                        : p.targetAttendancePercent() + "%", nz(p.targets()), String.join("; ", p.actions().stream()
                        .map(a -> a.description() + (a.doneOn() == null ? "" : " (done " + a.doneOn() + ")"))
                        .toList()))).toList()));
        graduated.add(new Text("Reviews"));
        graduated.add(new Table(List.of("Date", "Before", "After", "Outcome", "Notes"), detail.reviews().stream()
                .map(r -> List.of(String.valueOf(r.reviewedOn()), r.beforePercent() + "%", r.afterPercent() + "%",
                        r.outcome(), nz(r.notes()))).toList()));
        graduated.add(new Text("Level history"));
        graduated.add(new Table(List.of("Date", "Move", "From", "To", "Reason"), detail.history().stream()
                .map(h -> List.of(String.valueOf(h.on()), h.direction(), nz(h.from()), nz(h.to()), nz(h.reason())))
                .toList()));
        sections.add(new Section(SECTIONS.get(5), graduated));

        sections.add(evidenceSection(SECTIONS.get(6), records, FileRecord.Kind.INTERVIEW_UNDER_CAUTION, latest,
                "INTERVIEW_UNDER_CAUTION"));
        sections.add(evidenceSection(SECTIONS.get(7), records, FileRecord.Kind.WITNESS_STATEMENT, latest,
                "WITNESS_STATEMENT"));
        sections.add(new Section(SECTIONS.get(8), List.of(new Text(file.s447ConsideredOn() == null
                ? "Not recorded." : "Considered on " + file.s447ConsideredOn() + ":\n" + file.s447Consideration()),
                new Text("Orders of the case"),
                new Table(List.of("Order", "Child", "From", "To", "Status"), java.util.stream.Stream.concat(
                        supervisionOrders.ofCase(file.caseId()).stream().map(o -> List.of(
                                "Education Supervision Order", nz(o.childName()), String.valueOf(o.madeOn()),
                                String.valueOf(o.endedOn() == null ? o.endsOn() : o.endedOn()), o.status())),
                        attendanceOrders.ofCase(file.caseId()).stream().map(o -> List.of("School Attendance Order",
                                nz(o.childName()), String.valueOf(o.beganOn()), nz(o.endedOn()), o.step())))
                        .toList()))));

        List<List<String>> notices = new ArrayList<>();
        if (penaltyNotices.isResolvable()) {
            for (EarlierPenaltyNotices.EarlierNotice n : penaltyNotices.get().unpaidWithCertificate(file.carerId(), upns)) {
                notices.add(List.of(String.valueOf(n.id()), n.upn(), String.valueOf(n.issuedOn()), n.status(),
                        n.certifiedUnpaidOn() == null ? "" : n.certifiedUnpaidOn().toString(),
                        String.join(", ", n.sessions())));
            }
        }
        sections.add(new Section(SECTIONS.get(9), List.of(new Table(List.of("Notice", "Child", "Issued", "Status",
                "Certificate of non-payment", "Sessions"), notices))));

        List<List<String>> neglectRows = new ArrayList<>();
        if (neglect.isResolvable()) {
            for (EducationalNeglectRecords.NeglectRecord r : neglect.get().ofCase(file.caseId())) {
                neglectRows.add(List.of(String.valueOf(r.on()), r.kind(), nz(r.summary())));
            }
        }
        sections.add(new Section(SECTIONS.get(10), List.of(new Table(List.of("Date", "Record", "Summary"),
                neglectRows))));

        sections.add(new Section(SECTIONS.get(11), List.of(new Table(List.of("Item", "Date", "Description",
                "Held by"), records.stream().filter(r -> r.kind() == FileRecord.Kind.UNUSED_MATERIAL)
                .map(r -> List.of(String.valueOf(r.id()), String.valueOf(r.occurredOn()), nz(r.summary()),
                        nz(r.person()))).toList()))));

        return new BundleDocument("Prosecution file " + file.id() + ": evidence bundle", List.of(
                "Section " + file.section() + " Education Act 1996",
                "Children: " + String.join(", ", children.values().stream().map(PupilRef::name).toList()),
                "Period charged: " + file.periodFrom() + " to " + file.periodTo(),
                "Prepared by " + preparedBy + " on " + LocalDate.now(clock)), sections);
    }

    private static Section evidenceSection(String heading, List<FileRecord> records, FileRecord.Kind kind,
                                           List<FileDocument> latest, String documentKind) {
        return new Section(heading, List.of(new Table(List.of("Date", "Person", "Summary", "Exhibits"), records.stream()
                .filter(r -> r.kind() == kind).map(r -> List.of(String.valueOf(r.occurredOn()), nz(r.person()),
                        nz(r.summary()), nz(r.exhibits()))).toList())), pdfs(latest, documentKind));
    }

    /** The latest version of each document (kind and title). */
    private static List<FileDocument> latestVersions(List<FileDocument> all) {
        Map<String, FileDocument> latest = new java.util.LinkedHashMap<>();
        for (FileDocument d : all) {
            latest.merge(d.kind() + "|" + d.title(), d, (a, b) -> a.versionNo() >= b.versionNo() ? a : b);
        }
        return List.copyOf(latest.values());
    }

    private static List<byte[]> pdfs(List<FileDocument> latest, String kind) {
        return latest.stream().filter(d -> d.kind().equals(kind)).map(FileDocument::content).toList();
    }

    private static String childName(Map<Long, PupilRef> children, long pupilId) {
        PupilRef child = children.get(pupilId);
        return child == null ? "a child of the case" : child.name();
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }
}
