package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * The audit trail screen (service manager, administrator) and a pupil's chronology screen in a real browser, with
 * axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditScreensIT {

    private static final String CHILD = upn(1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    private Browser browser;

    private static String upn(int serial) {
        String last12 = "9991001" + "33" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    @BeforeEach
    void setUp() {
        TestCouncil.ensure(base);
        JsonObject job = Api.as(base, "it-admin").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                        + CHILD + ",9991001,Elsie,Quarrington,2016-02-03,4,F,2025-09-01\n");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        browser = session.browser();
    }


    @Test
    void theServiceManagerFindsWhoOpenedAChildsProfileAndDownloadsTheEntries() throws Exception {
        browser.signedInAs(base, "school-lead-9991001");
        browser.open(base + "pupil/profile.xhtml?upn=" + CHILD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.heading().equals("Quarrington, Elsie"));
        browser.signOut();

        browser.signIn("sas-manager", "sas-manager");
        browser.waitFor(By.cssSelector("main h1"));
        browser.driver().findElement(By.partialLinkText("Audit trail")).click();
        browser.waitFor(By.cssSelector("#trail\\:entries"));
        assertThat(browser.heading()).isEqualTo("Audit trail");
        browser.assertAccessible("manager-audit");

        browser.driver().findElement(By.id("filters:upn")).sendKeys(CHILD);
        browser.driver().findElement(By.id("filters:user")).sendKeys("school-lead-9991001");
        new Select(browser.driver().findElement(By.id("filters:action"))).selectByValue("READ");
        browser.driver().findElement(By.id("filters:search")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> browser.text().contains("pupil " + CHILD + ": details and schools"));
        String table = browser.driver().findElement(By.cssSelector("#trail\\:entries")).getText();
        assertThat(table).contains("school-lead-9991001").contains("Read").contains(CHILD)
                .contains("GET /pathway/pupil/profile.xhtml?upn=" + CHILD)
                .contains("attendance figures from").contains("penalty notice threshold as of")
                .doesNotContain("Change");
        browser.assertAccessible("manager-audit-filtered");

        browser.driver().findElement(By.id("filters:download")).click();
        String csv = Files.readString(browser.downloaded("audit-trail.csv"));
        assertThat(csv).startsWith("when,user,action,upn,subject,detail,from address,request or operation")
                .contains("school-lead-9991001,READ," + CHILD).doesNotContain(",CHANGE,");
    }

    @Test
    void aWrongDayIsSaidByNameAndTheAdministratorMayOpenTheAuditTrailToo() {
        browser.signedInAs(base, "it-admin");
        browser.driver().findElement(By.partialLinkText("Audit trail")).click();
        browser.waitFor(By.cssSelector("#trail\\:entries"));
        WebElement from = browser.driver().findElement(By.id("filters:from"));
        from.sendKeys("2026-03-01");
        browser.driver().findElement(By.id("filters:to")).sendKeys("2026-02-01");
        browser.driver().findElement(By.id("filters:search")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> browser.text().contains("to (2026-02-01) is before from (2026-03-01)"));
        browser.assertAccessible("admin-audit-refused");
    }

    @Test
    void aSchoolLeadCannotOpenTheAuditTrail() {
        browser.signedInAs(base, "school-lead-9991001");
        browser.open(base + "manager/audit.xhtml");
        browser.waitFor(By.cssSelector("main h1"));
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
    }

    @Test
    void aChildsChronologyOpensFromTheProfileAndFiltersByKind() {
        browser.signedInAs(base, "statutory-officer");
        browser.open(base + "pupil/profile.xhtml?upn=" + CHILD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.heading().equals("Quarrington, Elsie"));
        browser.driver().findElement(By.partialLinkText("Chronology")).click();
        browser.waitFor(By.cssSelector("#timeline\\:lines"));
        assertThat(browser.heading()).isEqualTo("Chronology of Elsie Quarrington");
        assertThat(browser.text()).contains("On roll at Riverside Primary School (9991001) from 2025-09-01")
                .contains("Registered from import job");
        browser.assertAccessible("pupil-chronology");

        new Select(browser.driver().findElement(By.id("filters:kind"))).selectByValue("ENROLLED");
        browser.driver().findElement(By.id("filters:apply")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !browser.text().contains("Registered from import job"));
        assertThat(browser.text()).contains("On roll at Riverside Primary School (9991001) from 2025-09-01");

        browser.driver().findElement(By.id("familyToggle")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> browser.heading().equals("Family chronology of Elsie Quarrington"));
        browser.assertAccessible("pupil-chronology-family");
    }
}
