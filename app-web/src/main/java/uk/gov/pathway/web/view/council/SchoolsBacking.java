package uk.gov.pathway.web.view.council;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.registration.boundary.SchoolRegister;
import uk.gov.pathway.registration.boundary.SchoolSearch;
import uk.gov.pathway.registration.boundary.SchoolSummary;
import uk.gov.pathway.registration.entity.SchoolPhase;

/** The register of schools as a lazy table: the database filters, sorts and pages, the screen shows one page. */
@Named
@ViewScoped
public class SchoolsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SchoolRegister register;

    private final LazyDataModel<SchoolSummary> schools = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) register.search(search(0, 1, Map.of(), filters)).total();
        }

        @Override
        public List<SchoolSummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<SchoolSummary> page = register.search(search(first, pageSize, sort, filters));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(SchoolSummary school) {
            return school.laestab();
        }

        @Override
        public SchoolSummary getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<SchoolSummary> getSchools() {
        return schools;
    }

    public SchoolPhase[] getPhases() {
        return SchoolPhase.values();
    }

    static SchoolSearch search(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        String text = text(filters, "name");
        String phase = text(filters, "phase");
        String sla = text(filters, "sla");
        SortMeta order = sort.values().stream().findFirst().orElse(null);
        return new SchoolSearch(text, phase == null ? null : SchoolPhase.valueOf(phase),
                sla == null ? null : Boolean.valueOf(sla),
                order == null ? "name" : order.getField(), order == null || order.getOrder() != SortOrder.DESCENDING,
                first, Math.min(pageSize, SchoolSearch.MAX_PAGE));
    }

    private static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta filter = filters.get(field);
        if (filter == null || filter.getFilterValue() == null) {
            return null;
        }
        String value = filter.getFilterValue().toString().strip();
        return value.isEmpty() ? null : value;
    }
}
