package uk.gov.pathway.web.view.manager;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.casework.boundary.CaseRow;
import uk.gov.pathway.casework.boundary.CaseworkDashboard;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/** The service manager allocates cases: those waiting for an officer, caseloads by level, and the drift list. */
@Named
@ViewScoped
public class AllocationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CaseworkDashboard dashboard;

    @EJB
    transient Cases cases;

    private CaseworkDashboard.Allocation allocation;
    private List<CaseRow> drift = List.of();
    private List<String> officers = List.of();
    private final Map<Long, String> officerFor = new HashMap<>();

    @PostConstruct
    void load() {
        allocation = dashboard.allocation();
        drift = allocation.drifting();
        officers = dashboard.officers();
        officerFor.clear();
        allocation.allocated().forEach(r -> officerFor.put(r.summary().id(), r.summary().officer()));
    }

    public void allocate(CaseSummary c) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String officer = officerFor.get(c.id());
        try {
            if (officer == null || officer.isBlank()) {
                throw new InvalidInputException("officer", "Case " + c.id() + ": enter the user name of the officer"
                        + " to allocate it to");
            }
            CaseSummary done = cases.allocate(c.id(), officer, c.version());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Case " + done.id() + " ("
                    + done.childrenNames() + ") is allocated to " + done.officer(), null));
            load();
        } catch (InvalidInputException | NotVisibleException | AccessDeniedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (OptimisticLockException | EJBException e) {
            if (!stale(e)) {
                throw e;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Case " + c.id() + " changed since"
                    + " you opened this page: the lists now show it as it is; allocate it again if still needed",
                    null));
            load();
        }
    }

    public CaseworkDashboard.Allocation getAllocation() {
        return allocation;
    }

    public List<CaseRow> getDrift() {
        return drift;
    }

    public List<String> getOfficers() {
        return officers;
    }

    public Map<Long, String> getOfficerFor() {
        return officerFor;
    }

    /** A stale version: the service's own check, or the database's at commit (wrapped by the container). */
    private static boolean stale(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
