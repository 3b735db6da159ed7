package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The screens' one exception handler (ScreenExceptionHandlerFactory): what a backing bean lets through becomes the
 * not-found or forbidden page, or a message on the same page; never the server's 500 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreenExceptionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar().addClass(ScreenFailureFixture.class)
                .addAsWebResource(new StringAsset(ScreenFailureFixture.PAGE), "admin/screen-failure.xhtml");
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> open(String failure) {
        return Api.as(base, "it-admin").sendTo(URI.create(base + "admin/screen-failure.xhtml?failure=" + failure));
    }

    @Test
    void aRecordThePersonMayNotSeeIsTheNotFoundPage() {
        HttpResponse<String> page = open("not-visible");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("The page itself.");
    }

    @Test
    void aRefusalIsTheForbiddenPage() {
        HttpResponse<String> page = open("refused");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("The page itself.");
    }

    @Test
    void aStaleVersionIsAMessageOnTheSamePage() {
        HttpResponse<String> page = open("stale");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("The page itself.").contains("Someone else changed this since you opened the page");
    }

    @Test
    void invalidInputIsAMessageOnTheSamePage() {
        HttpResponse<String> page = open("invalid");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("The page itself.").contains("Surname: enter a surname");
    }

    @Test
    void withNothingWrongThePageShows() {
        HttpResponse<String> page = open("none");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The page itself.");
    }
}
