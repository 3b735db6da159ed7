package uk.gov.pathway.web.view.casework;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import uk.gov.pathway.casework.boundary.GateNotMetException;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/** Runs one casework action from a screen and tells the person what happened, naming the field when input is wrong. */
final class Feedback {

    /** One action on a screen; may throw what the casework services throw. */
    @FunctionalInterface
    interface Action {
        void run();
    }

    private Feedback() {
    }

    /** True when the action succeeded (the success message is shown), false when it was refused (the reason is). */
    static boolean attempt(String done, Action action) {
        try {
            action.run();
            info(done);
            return true;
        } catch (GateNotMetException refused) {
            error(refused.getMessage());
        } catch (InvalidInputException | IllegalArgumentException | AccessDeniedException | NotVisibleException
                 | IllegalStateException refused) {
            error(refused.getMessage());
        } catch (OptimisticLockException | EJBException stale) {
            error(stale instanceof EJBException && !(stale.getCause() instanceof OptimisticLockException)
                    ? "The change could not be saved: " + stale.getMessage()
                    : "Someone else changed this since you opened the page: the page now shows their version; try again");
        }
        return false;
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Messages survive the redirect after a successful form (post-redirect-get). */
    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static void notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
}
