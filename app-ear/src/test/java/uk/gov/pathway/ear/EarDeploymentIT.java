package uk.gov.pathway.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR the build produced deploys on the provisioned WildFly and serves Pathway at /pathway. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarDeploymentIT {

    /** The server's HTTP port moves with the build's port offset (-Dit.port.offset), as in app-web's tests. */
    private static final URI PATHWAY = URI.create("http://localhost:" + (8080 + Integer.getInteger("it.port.offset", 0))
            + "/pathway/");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        File ear = new File(System.getProperty("pathway.ear", "target/pathway-ear.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    @Test
    void theSignInPageRenders() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(PATHWAY.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("j_security_check"), "the sign-in form is on the page");
    }

    @Test
    void theApiAnswersASignedInAdministrator() throws Exception {
        String basic = Base64.getEncoder().encodeToString("it-admin:it-admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> schools = HTTP.send(HttpRequest.newBuilder(PATHWAY.resolve("api/v1/schools"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, schools.statusCode(), schools.body());
        assertTrue(schools.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }
}
