package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Casework in a real browser, axe-core on every page: a school lead refers a pupil, an officer accepts the referral
 * at Level 2 from the triage list and records an Attendance Improvement Meeting with its action plan in the workspace;
 * when the clock passes three school weeks the review is due in the officer's caseload and an e-mail has gone out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseworkScreensIT {

    private static final int SERIAL = 230;

    /** The server's clock is the test's: a Monday in the spring term of the test council's calendar. */
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    private DeadlineClient server;

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
        TestCouncil.ensure(base);
        JsonObject job = Api.as(base, "it-admin").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                        + TestCouncil.upn(SERIAL) + ",9991001,Rowan,Ashdown,2016-05-06,4,X,2025-09-01\n");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        server = new DeadlineClient(base);
        server.clockAt("2026-02-02T09:00:00Z");
        browser = session.browser();
    }

    @AfterEach
    void tearDown() {
        server.realTime();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    /** The value of one fact of the workspace's summary. */
    private String summaryFact(String label) {
        return browser.driver().findElement(By.xpath("//section[@id='summary']//dt[normalize-space()='" + label
                + "']/following-sibling::dd[1]")).getText();
    }

    /** Opens one tab of the case workspace (a link) and waits for its section. */
    private void tab(String label, String section) {
        browser.driver().findElement(By.cssSelector("nav.pw-tabs")).findElement(By.linkText(label)).click();
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id(section)).isEmpty()
                        && d.findElement(By.cssSelector("nav.pw-tabs a[aria-current='page']")).getText().equals(label));
    }

    @Test
    void aSchoolReferralIsAcceptedAtLevelTwoAndTheOfficerRecordsAnAimWithItsActionPlan() {
        // The school lead refers the pupil from the profile; the form comes pre-filled from the record.
        browser.signedInAs(base, "school-lead-9991001");
        browser.open(base + "pupil/profile.xhtml?upn=" + TestCouncil.upn(SERIAL));
        browser.waitFor(By.linkText("Refer to the School Attendance Service"));
        browser.driver().findElement(By.linkText("Refer to the School Attendance Service")).click();
        browser.waitFor(By.id("referral:reason"));
        assertThat(browser.driver().findElement(By.id("referral:summary")).getAttribute("value"))
                .startsWith("Attendance this academic year");
        browser.assertAccessible("school-referral-form");

        click("referral:send");
        waiting().until(d -> browser.text().contains("reason is required"));
        assertThat(browser.heading()).isEqualTo("Refer a pupil to the School Attendance Service");

        type("referral:reason", "Absent most Mondays since half term; the school's own plan has not helped");
        type("referral:pastoral", "Weekly check-in with the learning mentor");
        click("referral:send");
        waiting().until(d -> browser.heading().equals("Referral sent"));
        assertThat(browser.text()).contains("Rowan Ashdown").contains("Waiting for triage");
        browser.assertAccessible("school-referral-sent");

        browser.driver().findElement(By.linkText("Referrals and cases")).click();
        waiting().until(d -> browser.heading().equals("Referrals and cases"));
        assertThat(browser.text()).contains("Rowan Ashdown").contains("Waiting for triage");
        browser.assertAccessible("school-cases");
        browser.signOut();

        // An early help worker triages any school's referral and works Level 2.
        browser.signIn("early-help-worker", "early-help-worker");
        browser.waitFor(By.cssSelector("main h1"));
        browser.driver().findElement(By.linkText("Caseload")).click();
        waiting().until(d -> browser.heading().equals("My caseload"));
        assertThat(browser.text()).contains("Referrals waiting for triage").contains("Rowan Ashdown");
        browser.assertAccessible("officer-caseload");

        browser.driver().findElement(By.linkText("Triage Rowan Ashdown")).click();
        waiting().until(d -> browser.heading().equals("Triage: Rowan Ashdown"));
        assertThat(browser.text()).contains("Weekly check-in with the learning mentor");
        browser.assertAccessible("officer-triage");

        click("accept:accept");
        waiting().until(d -> browser.text().contains("choose the level"));
        new Select(browser.driver().findElement(By.id("accept:level"))).selectByValue("L2");
        click("accept:accept");
        waiting().until(d -> browser.heading().startsWith("Case ") && browser.heading().endsWith("Rowan Ashdown"));
        assertThat(browser.text()).contains("Referral accepted at L2").contains("L2: Level 2")
                .contains("Gate to L3").contains("Not met");
        browser.assertAccessible("case-workspace");
        long caseId = Long.parseLong(browser.heading().replaceAll("^Case (\\d+):.*$", "$1"));

        // The workspace opens on a summary and tabs, not one page of nine forms: a screen or two, not ten thousand pixels.
        assertThat(summaryFact("Children")).isEqualTo("Rowan Ashdown");
        assertThat(summaryFact("Level")).startsWith("L2: Level 2");
        assertThat(summaryFact("Gate to the next level")).startsWith("Not met: 0 of ").contains("to step up to L3");
        assertThat(summaryFact("Next deadline")).matches("2026-\\d\\d-\\d\\d: Case " + caseId + ": .+");
        assertThat(summaryFact("Last work recorded")).isEqualTo(TODAY + ": Opened at L2 by early-help-worker");
        assertThat(browser.driver().findElements(By.cssSelector("nav.pw-tabs a[href]"))).extracting(WebElement::getText)
                .containsExactly("Level and gate", "Assess", "Plan", "Do", "Review", "Documents", "Chronology");
        Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        assertThat(height.intValue()).as("the workspace's height in pixels").isLessThan(2500);
        assertThat(browser.driver().findElements(By.id("contact:summary"))).as("a form opens when wanted").isEmpty();

        // The officer invites the family to the AIM: the letter is filled from the records, downloaded as PDF and
        // recorded as sent by post; it shows in the case's documents and chronology.
        tab("Documents", "documents");
        assertThat(browser.text()).contains("No letter made yet");
        assertThat(browser.driver().findElements(By.id("letter:template"))).as("the letter form opens when wanted")
                .isEmpty();
        click("letterOpen:open");
        waiting().until(d -> !d.findElements(By.id("letter:template")).isEmpty());
        new Select(browser.driver().findElement(By.id("letter:template"))).selectByValue("AIM_INVITATION");
        click("letter:make");
        waiting().until(d -> browser.text().contains("invites to a meeting: give the meeting's date"));
        type("letter:meetingDate", TODAY.plusDays(1).toString());
        type("letter:meetingTime", "9:30am");
        type("letter:meetingPlace", "Riverside Primary School, meeting room 2");
        click("letter:make");
        waiting().until(d -> browser.text().contains("The letter is made: download it"));
        assertThat(browser.driver().findElements(By.id("letter:template"))).as("made: the form closes").isEmpty();
        assertThat(browser.text()).contains("Not sent yet").contains("Invitation to an Attendance Improvement Meeting");
        browser.assertAccessible("case-workspace-letter");
        long letterId = ((jakarta.json.JsonArray) Api.as(base, "early-help-worker").get("cases/" + caseId + "/letters")
                .json()).getJsonObject(0).getJsonNumber("id").longValue();
        browser.driver().findElement(By.cssSelector("#letterList input[value='Download']")).click();
        assertThat(Browser.pdfText(browser.downloaded("letter-" + letterId
                + "-invitation-to-an-attendance-improvement-meeting.pdf")))
                .contains("Rowan Ashdown", "Riverside Primary School", "Tuesday 3 February 2026", "9:30am");
        browser.driver().findElement(By.cssSelector("#letterList input[value='Record as sent']")).click();
        waiting().until(d -> browser.text().contains("Sent by post on " + TODAY));
        tab("Chronology", "chronology");
        assertThat(browser.text()).contains("Letter made: Invitation to an Attendance Improvement Meeting");
        browser.assertAccessible("case-workspace-chronology");
        browser.driver().findElement(By.cssSelector("#printChronology input[value^='Print Rowan Ashdown']")).click();
        assertThat(Browser.pdfText(browser.downloaded("chronology-" + TestCouncil.upn(SERIAL) + ".pdf")))
                .contains("Chronology", "Rowan Ashdown", "Letter made: Invitation to an Attendance Improvement Meeting",
                        "sent by post on " + TODAY);

        // An AIM lasts at most an hour: 90 minutes is refused and nothing is recorded (the form stays open).
        tab("Do", "contacts");
        click("contactOpen:open");
        browser.waitFor(By.id("contact:kind"));
        browser.assertAccessible("case-workspace-contact-form");
        new Select(browser.driver().findElement(By.id("contact:kind"))).selectByValue("AIM_MEETING");
        type("contact:summary", "Attendance Improvement Meeting in school");
        type("contact:attendees", "Parent, class teacher, attendance lead, early help worker");
        new Select(browser.driver().findElement(By.id("contact:familyPresent"))).selectByValue("true");
        type("contact:duration", "90");
        type("contact:notes", "Mornings are hard; agreed a breakfast club place");
        type("contact:actions:0:description", "Breakfast club place from Monday");
        type("contact:actions:0:ownerName", "Attendance lead");
        type("contact:actions:0:dueOn", TODAY.plusWeeks(2).toString());
        type("contact:actions:0:expected", "On time every morning");
        click("contact:save");
        waiting().until(d -> browser.text().contains("at most 60 minutes"));
        assertThat(browser.text()).contains("No contact recorded yet");

        type("contact:duration", "45");
        click("contact:save");
        waiting().until(d -> browser.text().contains("Recorded") && !browser.text().contains("No contact recorded yet"));
        assertThat(browser.text()).contains("Attendance Improvement Meeting (AIM), " + TODAY)
                .contains("Parent, class teacher, attendance lead, early help worker").contains("45 minutes");
        assertThat(browser.driver().findElements(By.id("contact:summary"))).as("the form closes once recorded").isEmpty();
        assertThat(summaryFact("Last work recorded"))
                .isEqualTo(TODAY + ": Attendance Improvement Meeting (AIM) recorded by early-help-worker");
        browser.assertAccessible("case-workspace-aim");

        tab("Plan", "plans");
        assertThat(browser.text()).contains("Plan of " + TODAY + ", made at a meeting")
                .contains("Breakfast club place from Monday").contains("Attendance lead (person)");
        browser.assertAccessible("case-workspace-plan");

        // The action agreed at the meeting is done (marked with the version the page read).
        browser.driver().findElement(By.cssSelector("#planList input[type='text']"))
                .sendKeys("The attendance lead saw Rowan at breakfast club");
        browser.driver().findElement(By.cssSelector("#planList input[value='Mark done']")).click();
        waiting().until(d -> browser.text().contains("Action marked done: Breakfast club place from Monday"));
        assertThat(browser.text()).contains(TODAY + ": The attendance lead saw Rowan at breakfast club");

        browser.driver().findElement(By.linkText("Caseload")).click();
        waiting().until(d -> browser.heading().equals("My caseload"));
        assertThat(browser.text()).contains("Rowan Ashdown").contains("L2 Level 2").contains("early-help-worker (you)")
                .doesNotContain("Triage Rowan Ashdown");
        // (the row's own: another test's case of this officer may have something due by now)
        assertThat(browser.driver().findElement(By.xpath("//tr[th[contains(normalize-space(), 'Rowan Ashdown')]]"))
                .getText()).doesNotContain("Due now");

        // Three school weeks later (the February half term does not count) the AIM review is due: it is at the top of
        // the caseload, and the officer has had an e-mail about it.
        server.clockAt("2026-03-09T09:00:00Z");
        browser.driver().navigate().refresh();
        waiting().until(d -> browser.heading().equals("My caseload"));
        assertThat(browser.text()).contains("Due now, overdue").contains("Attendance Improvement Meeting: review the action plan")
                .contains("(due 2026-03-02, overdue; the manager has been told)")
                .as("nothing recorded since 2 February: more than the model's drift days").contains("Drifting")
                .contains("2026-02-02 (");
        browser.assertAccessible("officer-caseload-due");
        List<MimeMessage> mails = DeadlineClient.mails(MAIL, "Attendance Improvement Meeting: review the action plan");
        // The officer was told on the due date; five school days on, still undone, the manager is told too.
        assertThat(mails).extracting(DeadlineClient::recipient).containsOnlyOnce("early-help-worker@pathway.example")
                .contains("sas-manager@pathway.example");
    }
}
