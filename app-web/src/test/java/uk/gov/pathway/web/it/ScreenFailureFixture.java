package uk.gov.pathway.web.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * TEST ONLY, added to ScreenExceptionsIT's deployment with its page (never in pathway.war): a backing bean that lets
 * through what the services throw, as a screen would that forgot to catch it.
 */
@Named
@RequestScoped
public class ScreenFailureFixture {

    private String failure;

    public String getFailure() {
        return failure;
    }

    public void setFailure(String failure) {
        this.failure = failure;
    }

    public void fail() {
        switch (failure == null ? "" : failure) {
            case "not-visible" -> throw new NotVisibleException("pupil");
            case "refused" -> throw new AccessDeniedException("Your role does not allow this");
            case "stale" -> throw new OptimisticLockException("changed");
            case "invalid" -> throw new InvalidInputException("surname", "Surname: enter a surname");
            default -> { }
        }
    }

    static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:f="jakarta.faces.core" lang="en">
            <f:metadata>
              <f:viewParam name="failure" value="#{screenFailureFixture.failure}"/>
              <f:viewAction action="#{screenFailureFixture.fail}"/>
            </f:metadata>
            <h:head><title>Screen failures</title></h:head>
            <h:body><h:messages id="messages"/><p>The page itself.</p></h:body>
            </html>
            """;
}
