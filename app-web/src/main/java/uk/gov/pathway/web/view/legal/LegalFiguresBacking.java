package uk.gov.pathway.web.view.legal;

import java.io.Serializable;
import java.util.Map;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionFiles;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews;

/** The service manager's legal figures: prosecution files by status (a bar chart and its table) and outcomes. */
@Named
@ViewScoped
public class LegalFiguresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProsecutionFiles files;

    private ProsecutionViews.Figures figures;

    @PostConstruct
    void load() {
        figures = files.figures();
    }

    public ProsecutionViews.Figures getFigures() {
        return figures;
    }

    public java.util.List<Map.Entry<String, Long>> getByStatus() {
        return java.util.List.copyOf(figures.byStatus().entrySet());
    }

    /** The bar's width in percent of the largest status. */
    public long width(long value) {
        long max = figures.byStatus().values().stream().mapToLong(Long::longValue).max().orElse(0);
        return max == 0 ? 0 : Math.round(100.0 * value / max);
    }
}
