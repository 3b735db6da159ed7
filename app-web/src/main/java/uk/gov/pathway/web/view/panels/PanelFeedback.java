package uk.gov.pathway.web.view.panels;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.panels.boundary.DecisionRefusedException;
import uk.gov.pathway.panels.boundary.ReferralIncompleteException;

/** Runs one panel action from a screen and says what happened, or why it was refused. */
final class PanelFeedback {

    @FunctionalInterface
    interface Action {
        void run();
    }

    private PanelFeedback() {
    }

    static boolean attempt(String done, Action action) {
        try {
            action.run();
            message(FacesMessage.SEVERITY_INFO, done);
            return true;
        } catch (ReferralIncompleteException incomplete) {
            message(FacesMessage.SEVERITY_ERROR, incomplete.getMessage() + ": "
                    + String.join("; ", incomplete.missingEvidence()));
        } catch (DecisionRefusedException | InvalidInputException | IllegalArgumentException | AccessDeniedException
                 | NotVisibleException | IllegalStateException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (OptimisticLockException | EJBException stale) {
            Throwable cause = stale.getCause();
            if (cause instanceof DecisionRefusedException || cause instanceof InvalidInputException
                    || cause instanceof AccessDeniedException || cause instanceof NotVisibleException) {
                message(FacesMessage.SEVERITY_ERROR, cause.getMessage());
            } else {
                message(FacesMessage.SEVERITY_ERROR, "Someone else changed this meanwhile: the page now shows the"
                        + " latest; try again");
            }
        }
        return false;
    }

    static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    static void notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
}
