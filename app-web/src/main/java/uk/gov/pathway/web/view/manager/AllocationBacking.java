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
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The service manager allocates cases: those waiting for an officer, caseloads by level, the drift list and the
 * allocated cases, each a lazy table paged (and searched) by the database.
 */
@Named
@ViewScoped
public class AllocationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseworkDashboard dashboard;

    @EJB
    Cases cases;

    private CaseworkDashboard.Caseloads caseloads;
    private List<String> officers = List.of();
    private final Map<Long, String> officerFor = new HashMap<>();
    private String search;
    private String searched = "";
    private final OpenCases unallocated = new OpenCases(CaseworkDashboard.OpenList.UNALLOCATED);
    private final OpenCases allocated = new OpenCases(CaseworkDashboard.OpenList.ALLOCATED);
    private final OpenCases drift = new OpenCases(CaseworkDashboard.OpenList.DRIFTING);

    /**
     * One list of the page, read a page at a time: the database counts the matching cases and finds the ids of the
     * page's, and only the page's cases are read in full.
     */
    private final class OpenCases extends LazyDataModel<CaseRow> {
        private static final long serialVersionUID = 1L;
        private final CaseworkDashboard.OpenList list;

        OpenCases(CaseworkDashboard.OpenList list) {
            this.list = list;
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return dashboard.count(list, searched);
        }

        @Override
        public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            List<CaseRow> rows = dashboard.rows(list, searched, first, pageSize);
            rows.forEach(r -> officerFor.putIfAbsent(r.summary().id(), r.summary().officer()));
            return rows;
        }

        @Override
        public String getRowKey(CaseRow row) {
            return String.valueOf(row.summary().id());
        }

        @Override
        public CaseRow getRowData(String key) {
            return getWrappedData() == null ? null : ((List<CaseRow>) getWrappedData()).stream()
                    .filter(r -> String.valueOf(r.summary().id()).equals(key)).findFirst().orElse(null);
        }
    }

    @PostConstruct
    void load() {
        caseloads = dashboard.caseloads();
        officers = dashboard.officers();
        officerFor.clear();
    }

    /** Shows only the cases that match the search: a case number, an officer, a level, a child's name or UPN. */
    public void apply() {
        searched = search == null ? "" : search.strip();
        officerFor.clear();
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

    public CaseworkDashboard.Caseloads getCaseloads() {
        return caseloads;
    }

    public LazyDataModel<CaseRow> getUnallocated() {
        return unallocated;
    }

    public LazyDataModel<CaseRow> getAllocated() {
        return allocated;
    }

    public LazyDataModel<CaseRow> getDrift() {
        return drift;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** The search the lists show, or blank. */
    public String getSearched() {
        return searched;
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
