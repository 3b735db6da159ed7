package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** The administrator configures the pathway; the service manager allocates cases and reads the outcomes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseworkManagementScreensIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    /** The server's today for this test: a Wednesday in the spring term of the test calendar, never the real date. */
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 4);

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    private Browser browser;
    private DeadlineClient server;

    @BeforeEach
    void council() {
        TestCouncil.ensure(base);
        server = new DeadlineClient(base);
        server.clockAt(TODAY + "T10:00:00Z");
        StringBuilder csv = new StringBuilder("upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n");
        for (int serial = 1; serial <= 4; serial++) {
            csv.append(upn(serial)).append(",9991001,Robin").append(serial).append(",Quillfeather,2015-05-0")
                    .append(serial).append(",5,X,2025-09-01\n");
        }
        assertThat(Api.as(base, "it-admin").importAndWait("pupils", csv.toString()).getString("status"))
                .isEqualTo("COMPLETED");
    }

    @AfterEach
    void tearDown() {
        server.realTime();
    }

    private static String upn(int serial) {
        String last12 = "9991001" + "29" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    private long openUnallocated(int serial) {
        Api.Answer opened = Api.as(base, "sas-manager").postJson("cases", "{\"upn\": \"" + upn(serial)
                + "\", \"level\": \"L1\", \"reason\": \"Attendance 88% this half term\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.object().containsKey("officer") && !opened.object().isNull("officer")).isFalse();
        return opened.object().getJsonNumber("id").longValue();
    }

    @Test
    void theAdministratorCopiesAModelAndChangesALevelsEvidence() {
        browser = session.signedInAs("it-admin");
        browser.driver().findElement(By.linkText("Pathway models: levels, evidence, timescales")).click();
        browser.waitFor(By.id("copy:code"));
        assertThat(browser.text()).contains("KNOWSLEY", "SOUTHWARK", "NORFOLK");
        browser.assertAccessible("admin-pathway");

        String code = "IT_" + (System.nanoTime() % 1_000_000);
        new Select(browser.driver().findElement(By.id("copy:from"))).selectByVisibleText(
                "Knowsley graduated response (levels 1-4)");
        browser.driver().findElement(By.id("copy:code")).sendKeys(code);
        browser.driver().findElement(By.id("copy:name")).sendKeys("Test council pathway");
        browser.driver().findElement(By.id("copy:makeCopy")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Copied to " + code);

        browser.driver().findElement(By.cssSelector("input[value='Edit level L1']")).click();
        browser.waitFor(By.id("level:saveLevel"));
        browser.assertAccessible("admin-pathway-level");
        browser.driver().findElement(By.id("level:addEvidence")).click();
        browser.waitFor(By.id("level:saveLevel"));
        int rows = browser.driver().findElements(By.cssSelector("#level input[aria-label$='label']")).size();
        WebElement label = browser.driver().findElement(By.cssSelector("input[aria-label='Evidence " + rows + " label']"));
        label.sendKeys("Home visit by the school's family worker");
        new Select(browser.driver().findElement(By.cssSelector("select[aria-label='Evidence " + rows + " kind']")))
                .selectByVisibleText("Home visit");
        WebElement count = browser.driver().findElement(By.cssSelector("input[aria-label='Evidence " + rows
                + " number needed']"));
        count.clear();
        count.sendKeys("ab");
        browser.driver().findElement(By.id("level:saveLevel")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Evidence " + rows + " number needed must be a whole number; got 'ab'");

        count = browser.driver().findElement(By.cssSelector("input[aria-label='Evidence " + rows + " number needed']"));
        count.clear();
        count.sendKeys("2");
        browser.driver().findElement(By.id("level:saveLevel")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Level L1 of Test council pathway is saved",
                "Home visit by the school's family worker (HOME_VISIT, 2)");
        String model = Api.as(base, "sas-manager").get("pathway-models/" + code).body();
        assertThat(model).contains("Home visit by the school's family worker");
        assertThat(Api.as(base, "sas-manager").get("pathway-models/KNOWSLEY").body())
                .doesNotContain("Home visit by the school's family worker");
    }

    @Test
    void theManagerAllocatesAWaitingCase() {
        long caseId = openUnallocated(1);
        browser = session.signedInAs("sas-manager");
        browser.driver().findElement(By.linkText("Allocation, caseloads and drift")).click();
        browser.waitFor(By.cssSelector("input[aria-label='Officer for case " + caseId + "']"));
        assertThat(browser.text()).contains("Open cases waiting for an officer", "Caseloads", "Drift");
        browser.assertAccessible("manager-allocation");

        browser.driver().findElement(By.cssSelector("input[value='Allocate case " + caseId + "']")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Case " + caseId + ": enter the user name of the officer");

        browser.driver().findElement(By.cssSelector("input[aria-label='Officer for case " + caseId + "']"))
                .sendKeys("early-help-worker");
        browser.driver().findElement(By.cssSelector("input[value='Allocate case " + caseId + "']")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Case " + caseId + " (Robin1 Quillfeather) is allocated to early-help-worker");
        assertThat(browser.driver().findElements(By.cssSelector("input[value='Re-allocate case " + caseId + "']")))
                .hasSize(1);
        browser.assertAccessible("manager-allocation-done");
        Api.Answer read = Api.as(base, "sas-manager").get("cases/" + caseId);
        assertThat(read.body()).contains("\"officer\":\"early-help-worker\"");
    }

    @Test
    void theManagerSearchesTheWaitingCasesByAChildsName() {
        long other = openUnallocated(3);
        long wanted = openUnallocated(4);
        browser = new Browser().signedInAs(base, "sas-manager");
        browser.driver().findElement(By.linkText("Allocation, caseloads and drift")).click();
        browser.waitFor(By.id("search:text"));
        browser.driver().findElement(By.id("search:text")).sendKeys("robin4 quill");
        browser.driver().findElement(By.id("search:apply")).click();
        browser.waitFor(By.id("searched"));
        assertThat(browser.text()).contains("Showing the cases that match “robin4 quill”",
                "Open cases waiting for an officer (1)");
        assertThat(browser.driver().findElements(By.cssSelector("input[aria-label='Officer for case " + wanted + "']")))
                .hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("input[aria-label='Officer for case " + other + "']")))
                .isEmpty();
        browser.assertAccessible("manager-allocation-search");
    }

    @Test
    void theOutcomesPageShowsReviewsByIntervention() {
        long caseId = openUnallocated(2);
        Api.Answer reviewed = Api.as(base, "sas-manager").postJson("cases/" + caseId + "/reviews",
                "{\"reviewedOn\": \"" + TODAY + "\", \"familyFeltSupported\": true, \"considerLegal\": false,"
                        + " \"outcome\": \"CONTINUE\"}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);

        browser = session.signedInAs("sas-manager");
        browser.driver().findElement(By.linkText("Outcomes of interventions")).click();
        browser.waitFor(By.id("interventionTable"));
        assertThat(browser.driver().findElement(By.id("interventionTable")).getText())
                .contains("Plan with actions agreed");
        assertThat(browser.text()).contains("Open cases by level", "KNOWSLEY L1", "Closed cases by outcome");
        browser.assertAccessible("manager-outcomes");
    }
}
