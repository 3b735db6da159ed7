package uk.gov.pathway.web.view.legal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.boundary.PenaltyNoticeLetters;
import uk.gov.pathway.legal.boundary.PenaltyNoticeRefusedException;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews.Notice;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork.Eligible;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork.NoticeToImproveView;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork.RequestView;
import uk.gov.pathway.legal.boundary.PenaltyNotices;
import uk.gov.pathway.registration.boundary.AttendanceRecord;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * officer/penalty-notices.xhtml, the statutory officer's workbench: pupils meeting the threshold with what is in hand,
 * schools' requests to decide, notices to improve running, notices to a parent (issued, payments due, unpaid at 28
 * days), and the forms to send a notice to improve, issue a notice, record a payment and withdraw one.
 */
@Named
@ViewScoped
public class PenaltyNoticeWorkbenchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PenaltyNotices notices;

    @EJB
    PenaltyNoticeWork work;

    @EJB
    Families families;

    @EJB
    PenaltyNoticeLetters letters;

    @EJB
    AttendanceRecord attendance;

    @Inject
    transient Clock clock;

    private List<Eligible> eligible;
    private List<RequestView> requests;
    private List<NoticeToImproveView> noticesToImprove;
    private List<Notice> register;

    private String upn;
    private List<Families.CarerView> parents = new ArrayList<>();
    private List<Long> chosenParents = new ArrayList<>();
    private String sessions;
    private String issuedOn;
    private String issuedBy = "LOCAL_AUTHORITY";
    private String method = "HAND";
    private String servedOn;
    private String withoutNoticeToImprove;
    private Integer schoolWeeks = 4;

    private final Map<Long, String> noteFor = new HashMap<>();
    private final Map<Long, String> amountFor = new HashMap<>();
    private final Map<Long, String> paidOnFor = new HashMap<>();
    private final Map<Long, String> groundFor = new HashMap<>();
    private final Map<Long, String> reasonFor = new HashMap<>();

    /**
     * The page's view action, before it renders: reads what the caller may see, so that a role the services refuse
     * gets the 403 page (a refusal while rendering could only fail the answer).
     */
    public void open() {
        load();
    }

    void load() {
        eligible = work.eligible(null, null);
        requests = work.requests();
        noticesToImprove = work.noticesToImprove();
        register = notices.register(null, null);
        String today = SystemClock.today(clock).toString();
        if (issuedOn == null) {
            issuedOn = today;
            servedOn = today;
        }
        register.forEach(n -> paidOnFor.putIfAbsent(n.id(), today));
    }

    /** The child's parents (s576) and the unauthorised sessions of their threshold window, ready to choose from. */
    public void findParents() {
        act(() -> {
            UniquePupilNumber pupil = upn();
            parents = families.family(pupil).carers().stream()
                    .filter(c -> c.parentalResponsibility() || c.livesWith()).toList();
            chosenParents = new ArrayList<>();
            sessions = String.join(" ", attendance.threshold(pupil, SystemClock.today(clock)).sessions().stream()
                    .map(m -> m.date() + "/" + m.session().name()).toList());
            return parents.isEmpty() ? "No parent with parental responsibility or care of this child is on record"
                    : parents.size() + " parents found: choose who the notice goes to";
        });
    }

    /** A notice to improve to each chosen parent. */
    public void sendNoticeToImprove() {
        act(() -> {
            requireParents();
            List<String> done = new ArrayList<>();
            for (Long carer : chosenParents) {
                NoticeToImproveView made = work.noticeToImprove(new PenaltyNoticeWork.NewNoticeToImprove(upn, carer,
                        issuedOn, schoolWeeks, null));
                done.add(made.carerName() + " (period ends " + made.periodEnds() + ")");
            }
            return "Notice to improve sent to " + String.join(" and ", done);
        });
    }

    /** A penalty notice to each chosen parent, for the sessions given. */
    public void issue() {
        act(() -> {
            requireParents();
            List<String> chosen = Arrays.stream((sessions == null ? "" : sessions).split("[\\s,]+"))
                    .filter(s -> !s.isBlank()).toList();
            List<String> done = new ArrayList<>();
            for (Long carer : chosenParents) {
                var issued = notices.issue(new PenaltyNotices.NewNotice(upn, carer, issuedOn, issuedBy, chosen,
                        new PenaltyNotices.Service(method, servedOn), withoutNoticeToImprove));
                done.add("notice " + issued.id() + " (" + (issued.reducedAmount() == null ? "" : "£"
                        + issued.reducedAmount() + " by " + issued.reducedBy() + ", ") + "£" + issued.fullAmount()
                        + " by " + issued.fullBy() + ")");
            }
            return "Penalty notice issued: " + String.join("; ", done);
        });
    }

    public void decide(RequestView r, boolean approve) {
        act(() -> {
            work.decide(r.id(), new PenaltyNoticeWork.Decision(approve ? "APPROVED" : "DECLINED", noteFor.get(r.id())));
            return "Request " + r.id() + " for " + r.pupilName() + (approve ? " approved" : " declined");
        });
    }

    public void outcome(NoticeToImproveView n, boolean improved) {
        act(() -> {
            work.outcome(n.id(), new PenaltyNoticeWork.Outcome(improved ? "IMPROVED" : "NOT_IMPROVED", null));
            return "Notice to improve " + n.id() + ": " + (improved ? "improved" : "not improved");
        });
    }

    public void pay(Notice n) {
        act(() -> {
            BigDecimal amount;
            try {
                amount = new BigDecimal(amountFor.getOrDefault(n.id(), "").strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("amount", "The amount must be in pounds, for example 80 or 80.00");
            }
            Notice paid = notices.pay(n.id(), new PenaltyNotices.NewPayment(amount, paidOnFor.get(n.id()), null));
            amountFor.remove(n.id());
            return "Payment recorded on notice " + n.id() + ": " + paid.status().replace('_', ' ').toLowerCase();
        });
    }

    public void withdraw(Notice n) {
        act(() -> {
            Notice done = notices.withdraw(n.id(), new PenaltyNotices.NewWithdrawal(groundFor.get(n.id()),
                    reasonFor.get(n.id())));
            return "Notice " + n.id() + " withdrawn" + (done.withdrawal().refundDue() == null ? ""
                    : "; refund due £" + done.withdrawal().refundDue().toPlainString());
        });
    }

    /** Makes the notice's letter (the notice, or its withdrawal) to its parent and downloads its PDF. */
    public void letter(Notice n, String templateCode) throws java.io.IOException {
        try {
            var made = letters.aboutNotice(n.id(), new PenaltyNoticeLetters.LetterOrder(templateCode, null));
            var pdf = letters.pdf(PenaltyNotices.SUBJECT, n.id(), made.id());
            uk.gov.pathway.web.view.Download.send(pdf.fileName(), "application/pdf", pdf.content());
        } catch (InvalidInputException | NotVisibleException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    e.getMessage(), null));
        }
    }

    private void requireParents() {
        if (chosenParents == null || chosenParents.isEmpty()) {
            throw new InvalidInputException("parents", "Choose at least one parent");
        }
    }

    private UniquePupilNumber upn() {
        try {
            return UniquePupilNumber.of(upn == null ? "" : upn.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("upn", e.getMessage());
        }
    }

    private interface Action {
        String run();
    }

    private void act(Action action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.run(), null));
        } catch (InvalidInputException | NotVisibleException | PenaltyNoticeRefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, cause.getMessage(), null));
        }
        load();
    }

    public List<Notice> noticesWith(String status) {
        return register.stream().filter(n -> n.status().equals(status)).toList();
    }

    public List<String> getGrounds() {
        return List.of("OUGHT_NOT_TO_HAVE_BEEN_ISSUED", "WRONG_PERSON", "MATERIAL_ERROR", "NOT_PROSECUTED");
    }

    public List<Eligible> getEligible() {
        return eligible;
    }

    public List<RequestView> getRequests() {
        return requests;
    }

    public List<NoticeToImproveView> getNoticesToImprove() {
        return noticesToImprove;
    }

    public List<Notice> getRegister() {
        return register;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public List<Families.CarerView> getParents() {
        return parents;
    }

    public List<Long> getChosenParents() {
        return chosenParents;
    }

    public void setChosenParents(List<Long> chosenParents) {
        this.chosenParents = chosenParents;
    }

    public String getSessions() {
        return sessions;
    }

    public void setSessions(String sessions) {
        this.sessions = sessions;
    }

    public String getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(String issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getServedOn() {
        return servedOn;
    }

    public void setServedOn(String servedOn) {
        this.servedOn = servedOn;
    }

    public String getWithoutNoticeToImprove() {
        return withoutNoticeToImprove;
    }

    public void setWithoutNoticeToImprove(String withoutNoticeToImprove) {
        this.withoutNoticeToImprove = withoutNoticeToImprove;
    }

    public Integer getSchoolWeeks() {
        return schoolWeeks;
    }

    public void setSchoolWeeks(Integer schoolWeeks) {
        this.schoolWeeks = schoolWeeks;
    }

    public Map<Long, String> getNoteFor() {
        return noteFor;
    }

    public Map<Long, String> getAmountFor() {
        return amountFor;
    }

    public Map<Long, String> getPaidOnFor() {
        return paidOnFor;
    }

    public Map<Long, String> getGroundFor() {
        return groundFor;
    }

    public Map<Long, String> getReasonFor() {
        return reasonFor;
    }

    /** On the node a session moves to (README "Cluster"): obtained there again, not copied with the session. */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        clock = jakarta.enterprise.inject.spi.CDI.current().select(Clock.class).get();
    }
}
