package uk.gov.pathway.web.view.pupil;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.chronology.ChronologyFilter;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilChronology;
import uk.gov.pathway.registration.entity.UniquePupilNumber;
import uk.gov.pathway.web.view.Download;

/** A child's chronology (pupil/chronology.xhtml), or their family's: filtered by module, kind and days. */
@Named
@ViewScoped
public class ChronologyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    @EJB
    PupilChronology chronology;

    @Inject
    transient Clock clock;

    private String upn;
    private boolean family;
    private String module;
    private String kind;
    private LocalDate from;
    private LocalDate to;
    private boolean found;
    private PupilChronology.Timeline timeline;

    /** Reads the timeline when the page opens (upn and family from the address); a pupil out of scope is not found. */
    public void load() {
        try {
            timeline = chronology.timeline(UniquePupilNumber.of(upn == null ? "" : upn), family, ChronologyFilter.ALL);
            found = true;
        } catch (IllegalArgumentException | NotVisibleException e) {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Shows the lines the filters select; a wrong filter (to before from) is said by name. */
    public void apply() {
        try {
            timeline = chronology.timeline(UniquePupilNumber.of(upn), family, new ChronologyFilter(module, kind, from, to));
        } catch (InvalidInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** The chronology with the filters as set, printed as PDF. */
    public void print() throws java.io.IOException {
        try {
            PupilChronology.Printout printout = chronology.print(UniquePupilNumber.of(upn), family,
                    new ChronologyFilter(module, kind, from, to));
            Download.send(printout.fileName(), "application/pdf", printout.content());
        } catch (InvalidInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String when(PupilChronology.Line line) {
        return WHEN.format(line.at().atZone(clock == null ? ZoneId.systemDefault() : clock.getZone()));
    }

    /** The child the page is about, e.g. "Kira Rookwood". */
    public String getChildName() {
        return timeline == null || timeline.children().isEmpty() ? "" : timeline.children().get(0).name();
    }

    public List<String> getModules() {
        return ChronologyFilter.MODULES;
    }

    public List<String> getKinds() {
        return timeline == null ? List.of() : timeline.kinds();
    }

    public List<PupilChronology.Line> getLines() {
        return timeline == null ? List.of() : timeline.lines();
    }

    public PupilChronology.Timeline getTimeline() {
        return timeline;
    }

    public boolean isFound() { return found; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public boolean isFamily() { return family; }
    public void setFamily(boolean family) { this.family = family; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
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
