package uk.gov.pathway.web.view.casework;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.CaseDetail;
import uk.gov.pathway.casework.boundary.CaseLetters;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.kernel.chronology.ChronologyFilter;
import uk.gov.pathway.kernel.letters.LetterPdf;
import uk.gov.pathway.kernel.letters.LetterTemplates;
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.kernel.letters.SentMethod;
import uk.gov.pathway.kernel.letters.TemplateView;
import uk.gov.pathway.registration.boundary.PupilChronology;
import uk.gov.pathway.registration.entity.UniquePupilNumber;
import uk.gov.pathway.web.view.Download;

/**
 * The case workspace's documents (the case's letters: make one from a template with the case's data, download it,
 * record how and when it was sent) and its chronology (the latest entries of the case's children, each child's
 * chronology printed as PDF).
 */
@Named
@ViewScoped
public class CaseDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many chronology entries the workspace shows; the chronology page shows them all. */
    static final int LATEST = 15;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    @EJB
    CaseLetters letters;

    @EJB
    LetterTemplates templates;

    @EJB
    PupilChronology chronology;

    @Inject
    WorkspaceBacking workspace;

    @Inject
    transient Clock clock;

    private List<LetterView> caseLetters;
    private List<TemplateView> templateChoices;
    private PupilChronology.Latest latest;

    private String templateCode;
    private String upn;
    private LocalDate meetingDate;
    private String meetingTime;
    private String meetingPlace;
    private final Map<Long, String> sentMethod = new HashMap<>();
    private final Map<Long, LocalDate> sentOn = new HashMap<>();

    private CaseSummary summary() {
        CaseDetail detail = workspace.getDetail();
        return detail == null ? null : detail.summary();
    }

    public List<LetterView> getLetters() {
        if (caseLetters == null) {
            caseLetters = summary() == null ? List.of() : letters.ofCase(summary().id());
            LocalDate today = LocalDate.now(clock);
            caseLetters.forEach(letter -> {
                sentOn.putIfAbsent(letter.id(), letter.sentOn() == null ? today : letter.sentOn());
                sentMethod.putIfAbsent(letter.id(), letter.sentMethod() == null ? SentMethod.POST.name()
                        : letter.sentMethod());
            });
        }
        return caseLetters;
    }

    public List<TemplateView> getTemplates() {
        if (templateChoices == null) {
            templateChoices = templates.all();
        }
        return templateChoices;
    }

    /** The letter form is shown when the person asks for it, and stays open while what they chose is refused. */
    private boolean making;

    public boolean isMaking() {
        return making;
    }

    public void openMaking() {
        making = true;
    }

    public void make() {
        CaseLetters.Meeting meeting = meetingDate == null && blank(meetingTime) && blank(meetingPlace) ? null
                : new CaseLetters.Meeting(meetingDate, meetingTime, meetingPlace);
        if (Feedback.attempt("The letter is made: download it, send it, then record here how it went",
                () -> letters.make(summary().id(), new CaseLetters.Order(templateCode, upn, meeting)))) {
            making = false;
            templateCode = null;
            meetingDate = null;
            meetingTime = null;
            meetingPlace = null;
        }
        caseLetters = null;
        latest = null;
    }

    public void download(LetterView letter) throws IOException {
        LetterPdf pdf = letters.pdf(letter.id());
        Download.send(pdf.fileName(), "application/pdf", pdf.content());
    }

    public void markSent(LetterView letter) {
        Feedback.attempt(letter.title() + " recorded as sent", () -> letters.markSent(letter.id(),
                SentMethod.parse(sentMethod.get(letter.id())), sentOn.get(letter.id()),
                letter.sentOn() == null ? null : letter.version()));
        caseLetters = null;
        latest = null;
    }

    public List<SentMethod> getSentMethods() {
        return List.of(SentMethod.values());
    }

    /** The latest entries of the case's children's chronologies, newest first. */
    public List<PupilChronology.Line> getLatest() {
        return latest().lines();
    }

    /** How many entries the case's children's chronologies hold in all. */
    public int getEntries() {
        return latest().total();
    }

    private PupilChronology.Latest latest() {
        if (latest == null) {
            latest = summary() == null ? new PupilChronology.Latest(List.of(), 0) : chronology.latest(summary()
                    .children().stream().map(child -> UniquePupilNumber.of(child.upn())).toList(), LATEST);
        }
        return latest;
    }

    /** The child's chronology (or with {@code family}, the family's) printed as PDF. */
    public void print(String childUpn, boolean family) throws IOException {
        PupilChronology.Printout printout = chronology.print(UniquePupilNumber.of(childUpn), family,
                ChronologyFilter.ALL);
        Download.send(printout.fileName(), "application/pdf", printout.content());
    }

    public String when(PupilChronology.Line line) {
        return WHEN.format(line.at().atZone(clock == null ? ZoneId.systemDefault() : clock.getZone()));
    }

    public String sent(LetterView letter) {
        return letter.sentOn() == null ? "Not sent yet"
                : "Sent " + SentMethod.valueOf(letter.sentMethod()).words() + " on " + letter.sentOn() + " ("
                + letter.sentBy() + ")";
    }

    public String made(LetterView letter) {
        return WHEN.format(letter.createdAt().atZone(clock == null ? ZoneId.systemDefault() : clock.getZone())) + " by "
                + letter.createdBy();
    }

    /** The day a letter went, the form's default being today. */
    public Map<Long, LocalDate> getSentOn() {
        return sentOn;
    }

    public Map<Long, String> getSentMethod() {
        return sentMethod;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getTemplateCode() { return templateCode; }
    public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }
    public String getMeetingTime() { return meetingTime; }
    public void setMeetingTime(String meetingTime) { this.meetingTime = meetingTime; }
    public String getMeetingPlace() { return meetingPlace; }
    public void setMeetingPlace(String meetingPlace) { this.meetingPlace = meetingPlace; }

    /**
     * On the node a session moves to (README "Cluster"): the server's clock is not copied with the session but
     * obtained there again.
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        clock = jakarta.enterprise.inject.spi.CDI.current().select(Clock.class).get();
    }
}
