package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** A school attendance lead's pupils list and marks upload in a real browser, with axe-core on every page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolLeadScreensIT {

    private static final int SERIAL = 190;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    private Browser browser;
    private DeadlineClient server;

    @BeforeEach
    void setUp() {
        TestCouncil.ensure(base);
        // the profile's "this year" and the marks file's "not in the future" are the server's: a day in the spring term
        server = new DeadlineClient(base);
        server.clockAt("2026-02-03T10:00:00Z");
        JsonObject job = Api.as(base, "it-admin").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,child_in_care,entry_date\n"
                        + TestCouncil.upn(SERIAL) + ",9991001,Wren,Oakhurst,2016-02-03,4,F,true,2025-09-01\n");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        browser = session.signedInAs("school-lead-9991001");
    }

    @AfterEach
    void tearDown() {
        server.realTime();
    }

    @Test
    void theLeadSeesTheirPupilsWithAttendanceBandAndFlagsAndCanFilterThem() {
        browser.driver().findElement(By.linkText("Pupils")).click();
        browser.waitFor(By.cssSelector("#list\\:pupils"));
        assertThat(browser.heading()).isEqualTo("Pupils and attendance");
        assertThat(browser.text()).contains("Oakhurst, Wren").contains(TestCouncil.upn(SERIAL)).contains("CiC");
        browser.assertAccessible("school-pupils");

        WebElement vulnerability = browser.driver().findElement(By.id("list:pupils:vulnerableFilter"));
        assertThat(vulnerability.getAttribute("aria-label")).as("the filter's accessible name").isNotBlank();
        new Select(vulnerability).selectByValue("true");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> browser.text().contains("Oakhurst, Wren") && !browser.text().contains("Test1,"));
        browser.assertAccessible("school-pupils-vulnerable");

        // a week either side of the October half term: the trend chart shows both, and the holiday between them
        StringBuilder marks = new StringBuilder("upn,laestab,date,session,code\n");
        for (String day : new String[] {"2025-10-20", "2025-10-21", "2025-10-22", "2025-10-23", "2025-10-24",
                "2025-11-03", "2025-11-04", "2025-11-05", "2025-11-06", "2025-11-07"}) {
            marks.append(TestCouncil.upn(SERIAL)).append(",9991001,").append(day).append(",AM,/\n")
                    .append(TestCouncil.upn(SERIAL)).append(",9991001,").append(day)
                    .append(day.equals("2025-11-07") ? ",PM,O\n" : ",PM,/\n");
        }
        assertThat(Api.as(base, "it-admin").importAndWait("attendance", marks.toString()).getString("status"))
                .isEqualTo("COMPLETED");
        browser.driver().findElement(By.linkText("Oakhurst, Wren")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.heading().equals("Oakhurst, Wren"));
        assertThat(browser.text()).contains("About the pupil").contains("Riverside Primary School (9991001)")
                .contains("Penalty notice threshold today").contains("Register this year");
        // The trend chart is one a person can read: wide, with its axes, the 90% line and the half terms marked.
        WebElement chart = browser.driver().findElement(By.cssSelector("svg.pw-trend"));
        assertThat(chart.getSize().getWidth()).as("the chart's width in pixels").isGreaterThanOrEqualTo(600);
        assertThat(chart.getAttribute("innerHTML")).contains(">0%<", ">100%<", "90%: persistent absence below this",
                ">Autumn 1<", ">Autumn 2<", "Holiday from 25 Oct 2025 to 2 Nov 2025", "Week of 20 Oct 2025: 100.0%",
                "Week of 3 Nov 2025: 90.0%");
        assertThat(browser.driver().findElement(By.id("trend-chart-desc")).getAttribute("textContent"))
                .contains("Weekly attendance from 100.0%");
        browser.assertAccessible("pupil-profile");

        browser.driver().findElement(By.linkText("Correct the pupil's details")).click();
        browser.waitFor(By.id("correct:surname"));
        browser.assertAccessible("pupil-correct");
        WebElement surname = browser.driver().findElement(By.id("correct:surname"));
        surname.clear();
        surname.sendKeys("Oakhurst-Lee");
        // The safeguarding fields are the service manager's to change (README, "Who may do what").
        assertThat(browser.driver().findElement(By.id("correct:sw")).isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("correct:cp")).isEnabled()).isFalse();
        browser.driver().findElement(By.id("correct:save")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.heading().equals("Oakhurst-Lee, Wren"));
        assertThat(browser.text()).contains("The pupil's details are saved");
    }

    @Test
    void anotherSchoolsLeadCannotOpenThePupilsProfile() {
        browser.signOut();
        browser.signIn("school-lead-9991002", "school-lead-9991002");
        browser.waitFor(By.cssSelector("main h1"));
        browser.open(base + "pupil/profile.xhtml?upn=" + TestCouncil.upn(SERIAL));
        browser.waitFor(By.cssSelector("main h1"));
        assertThat(browser.heading()).isEqualTo("Pupil not found");
        assertThat(browser.text()).doesNotContain("Oakhurst");

        java.net.http.HttpResponse<String> page = Api.as(base, "school-lead-9991002").sendTo(
                java.net.URI.create(base + "pupil/profile.xhtml?upn=" + TestCouncil.upn(SERIAL)));
        assertThat(page.statusCode()).as("the screen answers 404, as the API does").isEqualTo(404);
    }

    @Test
    void theLeadSendsAMarksFileAndWatchesItImport() throws Exception {
        browser.driver().findElement(By.linkText("Send marks")).click();
        browser.waitFor(By.id("upload:file"));
        browser.assertAccessible("school-upload");

        Path file = Files.createTempFile("marks", ".csv");
        Files.writeString(file, "upn,laestab,date,session,code\n"
                + TestCouncil.upn(SERIAL) + ",9991001,2025-09-03,AM,/\n"
                + TestCouncil.upn(SERIAL) + ",9991001,2025-09-03,PM,L\n");
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.driver().findElement(By.id("upload:send")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> browser.text().contains("COMPLETED"));
        assertThat(browser.text()).contains("Rows imported\n2");
        browser.assertAccessible("school-upload-completed");
    }

    @Test
    void anInvalidFileListsEveryRowToCorrectAndImportsNothing() throws Exception {
        browser.driver().findElement(By.linkText("Send marks")).click();
        browser.waitFor(By.id("upload:file"));
        Path file = Files.createTempFile("marks", ".csv");
        Files.writeString(file, "upn,laestab,date,session,code\n"
                + TestCouncil.upn(SERIAL) + ",9991001,2025-09-04,AM,/\n"
                + TestCouncil.upn(SERIAL) + ",9991002,2025-09-04,PM,/\n");
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.driver().findElement(By.id("upload:send")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> browser.text().contains("FAILED"));
        assertThat(browser.text()).contains("Nothing was imported: 1 row needs correcting")
                .contains("School 9991002 is not your school");
        browser.assertAccessible("school-upload-failed");
    }
}
