package uk.gov.pathway.web.security;

import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import uk.gov.pathway.kernel.audit.SignInAudit;

/**
 * Undertow handlers that see every request of Pathway first, before sign-in and before any byte of the body is read:
 * the browser headers for child data, the cap on request bodies, and the throttle on failed sign-ins. A servlet
 * filter comes too late for these: the server answers a sign-in form (j_security_check) and a wrong password itself.
 * Registered in META-INF/services/io.undertow.servlet.ServletExtension.
 */
public class RequestGuards implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(RequestGuards.class.getName());

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        SignInAttempts attempts = new SignInAttempts();
        ClassLoader application = deployment.getClassLoader();
        SignInThrottle.Failures audit = (user, address, request, throttled) -> {
            // Off the I/O thread (SignInThrottle), as the application: the audit trail is an EJB of this deployment.
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(application);
            try {
                CDI.current().select(SignInAudit.class).get().failed(user, address, request, throttled);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "A failed sign-in of '" + user + "' from " + address
                        + " could not be written to the audit trail", e);
            } finally {
                thread.setContextClassLoader(before);
            }
        };
        deployment.addInitialHandlerChainWrapper(next -> new SecurityHeaders(new RequestBodyLimit(
                new SignInThrottle(next, attempts, audit))));
    }
}
