package uk.gov.pathway.web.view.legal;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import uk.gov.pathway.casework.boundary.GateNotMetException;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/** Runs one action of the legal screens and tells the person what happened (what is missing, the field refused). */
final class LegalFeedback {

    @FunctionalInterface
    interface Action {
        void run();
    }

    private LegalFeedback() {
    }

    static boolean attempt(String done, Action action) {
        try {
            action.run();
            message(FacesMessage.SEVERITY_INFO, done);
            return true;
        } catch (GateNotMetException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage() + ": " + String.join("; ",
                    refused.missingEvidence()));
        } catch (InvalidInputException | IllegalArgumentException | AccessDeniedException | NotVisibleException
                 | IllegalStateException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (OptimisticLockException | EJBException stale) {
            message(FacesMessage.SEVERITY_ERROR, stale instanceof EJBException
                    && !(stale.getCause() instanceof OptimisticLockException)
                    ? "The change could not be saved: " + stale.getMessage()
                    : "Someone else changed this since you opened the page; try again");
        }
        return false;
    }

    static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static void notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
}
