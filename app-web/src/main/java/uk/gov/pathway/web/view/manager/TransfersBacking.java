package uk.gov.pathway.web.view.manager;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilTransfers;
import uk.gov.pathway.registration.boundary.PupilTransfers.TransferView;

/** manager/transfers.xhtml: the transfers schools asked for, confirmed (from the day given) or refused with a reason. */
@Named
@ViewScoped
public class TransfersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PupilTransfers transfers;

    private List<TransferView> pending;
    private final Map<Long, String> startFor = new HashMap<>();
    private final Map<Long, String> reasonFor = new HashMap<>();

    @PostConstruct
    void load() {
        pending = transfers.pending();
        startFor.clear();
        reasonFor.clear();
        pending.forEach(t -> startFor.put(t.id(), t.startDate().toString()));
    }

    public void confirm(TransferView t) {
        decide(t, () -> {
            TransferView done = transfers.confirm(t.id(), startDate(t));
            return t.forename() + " " + t.surname() + " moves to " + done.toSchool() + " from " + done.startDate();
        });
    }

    public void refuse(TransferView t) {
        decide(t, () -> {
            transfers.refuse(t.id(), reasonFor.get(t.id()));
            return "The transfer of " + t.forename() + " " + t.surname() + " to " + t.toSchool() + " is refused";
        });
    }

    private interface Decision {
        String make();
    }

    private void decide(TransferView t, Decision decision) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, decision.make(), null));
        } catch (InvalidInputException | NotVisibleException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Transfer of " + t.forename() + " "
                    + t.surname() + ": " + e.getMessage(), null));
            return;
        } catch (OptimisticLockException | EJBException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The transfer of " + t.forename() + " "
                    + t.surname() + " was decided by someone else meanwhile: the list now shows what still waits", null));
        }
        load();
    }

    private LocalDate startDate(TransferView t) {
        String text = startFor.get(t.id());
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("startDate", "the first day at the new school must be a date written"
                    + " YYYY-MM-DD, for example 2025-11-10; got '" + text + "'");
        }
    }

    public List<TransferView> getPending() {
        return pending;
    }

    public Map<Long, String> getStartFor() {
        return startFor;
    }

    public Map<Long, String> getReasonFor() {
        return reasonFor;
    }
}
