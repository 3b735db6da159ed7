package uk.gov.pathway.web.view.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.gov.pathway.integration.exports.AuditCsv;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.audit.AuditQuery;
import uk.gov.pathway.kernel.audit.AuditSearch;
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * The service manager's search of the audit trail (manager/audit.xhtml): filters by person, child, action and days;
 * the database pages the entries, newest first; the filtered entries download as CSV.
 */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

    @EJB
    AuditSearch search;

    @Inject
    transient Clock clock;

    private String user;
    private String upn;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private AuditQuery query = AuditQuery.EVERYTHING;

    private final LazyDataModel<AuditSearch.Entry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, search.search(query, 0, 1).total());
        }

        @Override
        public List<AuditSearch.Entry> load(int first, int pageSize, Map<String, SortMeta> sort,
                                            Map<String, FilterMeta> filters) {
            Page<AuditSearch.Entry> page = search.search(query, first, Math.min(pageSize, AuditSearch.MAX_PAGE_SIZE));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(AuditSearch.Entry entry) {
            return String.valueOf(entry.id());
        }

        @Override
        public AuditSearch.Entry getRowData(String rowKey) {
            return null;
        }
    };

    /** Takes the filters as typed; a wrong one (a day before from, a malformed UPN) is said by name. */
    public void apply() {
        try {
            query = new AuditQuery(user, upn, AuditQuery.action(action), from, to);
            if (query.upn() != null) {
                search.search(query, 0, 1); // a malformed UPN is refused here, by name, not in the table's load
            }
        } catch (InvalidInputException e) {
            query = AuditQuery.EVERYTHING;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** The entries the filters select (up to {@value AuditSearch#EXPORT_LIMIT}) as a CSV file. */
    public void download() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        List<AuditSearch.Entry> rows = search.export(query);
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        Writer writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        AuditCsv.write(rows, zone(), writer);
        writer.flush();
        faces.responseComplete();
    }

    public String when(AuditSearch.Entry entry) {
        return WHEN.format(entry.at().atZone(zone()));
    }

    private ZoneId zone() {
        return clock == null ? ZoneId.systemDefault() : clock.getZone();
    }

    public LazyDataModel<AuditSearch.Entry> getEntries() {
        return entries;
    }

    public AuditEvent.Action[] getActions() {
        return AuditEvent.Action.values();
    }

    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }

    /**
     * On the node a session moves to (README "Cluster"): the server's clock is not copied with the session but
     * obtained there again.
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        clock = jakarta.enterprise.inject.spi.CDI.current().select(Clock.class).get();
    }
}
