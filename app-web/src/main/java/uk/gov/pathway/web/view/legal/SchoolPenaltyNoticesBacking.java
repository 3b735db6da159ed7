package uk.gov.pathway.web.view.legal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.legal.boundary.PenaltyNoticeRefusedException;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews.Notice;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork.Eligible;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork.RequestView;
import uk.gov.pathway.legal.boundary.PenaltyNotices;

/**
 * school/penalty-notices.xhtml: the school lead's pupils meeting the threshold, their requests to the council for a
 * notice (with the evidence) and its decisions, and the statuses of their own pupils' notices.
 */
@Named
@ViewScoped
public class SchoolPenaltyNoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PenaltyNoticeWork work;

    @EJB
    PenaltyNotices notices;

    private List<Eligible> eligible;
    private List<RequestView> requests;
    private List<Notice> register;

    private String upn;
    private String sessions;
    private String lettersSent;
    private String leaveRequest;
    private String supportOffered;

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
        register = notices.register(null, null);
    }

    public void request() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            List<String> chosen = Arrays.stream((sessions == null ? "" : sessions).split("[\\s,]+"))
                    .filter(s -> !s.isBlank()).toList();
            RequestView made = work.request(new PenaltyNoticeWork.NewRequest(upn, chosen, lettersSent, leaveRequest,
                    supportOffered));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Request " + made.id() + " for "
                    + made.pupilName() + " sent: the council decides by " + made.decideBy(), null));
            upn = null;
            sessions = null;
            lettersSent = null;
            leaveRequest = null;
            supportOffered = null;
        } catch (InvalidInputException | NotVisibleException | PenaltyNoticeRefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    (e.getCause() == null ? e : e.getCause()).getMessage(), null));
        }
        load();
    }

    public List<Eligible> getEligible() {
        return eligible;
    }

    public List<RequestView> getRequests() {
        return requests;
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

    public String getSessions() {
        return sessions;
    }

    public void setSessions(String sessions) {
        this.sessions = sessions;
    }

    public String getLettersSent() {
        return lettersSent;
    }

    public void setLettersSent(String lettersSent) {
        this.lettersSent = lettersSent;
    }

    public String getLeaveRequest() {
        return leaveRequest;
    }

    public void setLeaveRequest(String leaveRequest) {
        this.leaveRequest = leaveRequest;
    }

    public String getSupportOffered() {
        return supportOffered;
    }

    public void setSupportOffered(String supportOffered) {
        this.supportOffered = supportOffered;
    }
}
