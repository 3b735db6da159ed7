package uk.gov.pathway.web.faces;

import java.io.IOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * The screens' one exception handler (faces-config.xml), for what a backing bean lets through: a record the person
 * may not see is the not-found page (404, never whether it exists), a refusal the forbidden page (403); a stale
 * version or invalid input stays on the page with a message saying what to do. Anything else goes to the server's
 * default handling (logged, error page).
 */
public class ScreenExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ScreenExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final String STALE = "Someone else changed this since you opened the page: open it again to see their version,"
            + " then repeat your change";

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(ScreenExceptionHandlerFactory.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable cause = cause(events.next().getContext().getException());
                if (context == null || !handled(context, cause)) {
                    continue;
                }
                events.remove();
            }
            getWrapped().handle();
        }

        private static boolean handled(FacesContext context, Throwable cause) {
            if (cause instanceof NotVisibleException) {
                return error(context, 404, "/error/not-found.xhtml");
            }
            if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
                return error(context, 403, "/error/forbidden.xhtml");
            }
            if (cause instanceof OptimisticLockException) {
                return message(context, STALE);
            }
            if (cause instanceof ConstraintViolationException violations) {
                violations.getConstraintViolations().stream()
                        .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                        .forEach(v -> message(context, v.getMessage()));
                return true;
            }
            if (cause instanceof InvalidInputException || cause instanceof IllegalArgumentException) {
                return message(context, cause.getMessage());
            }
            return false;
        }

        private static boolean message(FacesContext context, String text) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            context.validationFailed();
            context.renderResponse();
            return true;
        }

        /** The error page with its status; on an Ajax request (or once the answer has begun) a redirect to it. */
        private static boolean error(FacesContext context, int status, String page) {
            ExternalContext external = context.getExternalContext();
            try {
                if (context.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
                    if (external.isResponseCommitted() && !context.getPartialViewContext().isAjaxRequest()) {
                        return false;
                    }
                    external.redirect(external.getRequestContextPath() + page);
                } else {
                    external.responseSendError(status, null);
                }
                context.responseComplete();
                return true;
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "Could not send the error page " + page, e);
                return false;
            }
        }

        /** What was thrown beneath the wrappers of Faces, EL and the EJB container. */
        static Throwable cause(Throwable thrown) {
            Throwable current = thrown;
            while ((current instanceof FacesException || current instanceof ELException
                    || current instanceof EJBException && !(current instanceof EJBAccessException))
                    && current.getCause() != null && current.getCause() != current) {
                current = current.getCause();
            }
            return current;
        }
    }
}
