package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrator edits a letter's words on a screen, previews them as PDF and saves them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminLettersScreenIT {

    private static final String NAME = "Attendance letter 1: a concern about attendance";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    private Browser browser;

    @BeforeEach
    void setUp() {
        browser = session.signedInAs("it-admin");
    }


    @Test
    void theAdministratorPreviewsAndSavesALetterAndAnUnknownPlaceholderIsRefusedWithItsLine() throws Exception {
        browser.driver().findElement(By.linkText("Letter templates")).click();
        browser.waitFor(By.cssSelector("#templates table"));
        assertThat(browser.text()).contains(NAME, "Invitation to an Attendance Improvement Meeting", "Case closure");
        browser.assertAccessible("admin-letters");

        browser.driver().findElement(By.cssSelector("input[value='Edit " + NAME + "']")).click();
        browser.waitFor(By.id("edit:body"));
        assertThat(browser.text()).contains("{{child.name}}", "The child's full name", "{{attendance.percent}}");
        browser.assertAccessible("admin-letters-edit");

        WebElement body = browser.driver().findElement(By.id("edit:body"));
        body.clear();
        body.sendKeys("Dear {{carer.name}},\n\nWe are worried about {{child.nmae}} at {{school.name}}.");
        browser.driver().findElement(By.id("edit:save")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("The template was not saved:",
                "Line 3: {{child.nmae}} is not a placeholder Pathway can fill in");
        browser.assertAccessible("admin-letters-refused");

        body = browser.driver().findElement(By.id("edit:body"));
        body.clear();
        body.sendKeys("Dear {{carer.name}},\n\nWe are worried about {{child.name}} at {{school.name}}, who attended"
                + " {{attendance.percent}}% of sessions.\n\nPlease call {{officer.phone}}.");
        browser.driver().findElement(By.id("edit:preview")).click();
        Path preview = browser.downloaded("preview-attendance-letter-1.pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(preview))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Dear Alex Kestrel,",
                    "We are worried about Rowan Kestrel at Riverside Primary School, who attended 84.2% of sessions.",
                    "Please call 01632 960 123.");
        }

        browser.driver().findElement(By.id("edit:save")).click();
        // the refusal's messages are still on the page until the save's answer replaces them: wait for the answer
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> browser.text().contains("'" + NAME + "' is saved (version 1)"));
        browser.assertAccessible("admin-letters-saved");
        assertThat(Api.as(base, "it-admin").get("letter-templates/ATTENDANCE_LETTER_1").object().getString("body"))
                .isEqualTo("Dear {{carer.name}},\n\nWe are worried about {{child.name}} at {{school.name}}, who attended"
                        + " {{attendance.percent}}% of sessions.\n\nPlease call {{officer.phone}}.");
    }
}
