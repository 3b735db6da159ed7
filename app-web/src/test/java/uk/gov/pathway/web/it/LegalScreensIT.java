package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13's journey in Chromium: the pre-proceedings decision to prosecute opens the file (on the officer's
 * *Orders and prosecution files*, since the panels module's decision calls the same boundary method); the officer
 * completes it and refers it; the legal officer returns it once with what is needed; the officer adds it and refers
 * it again; the legal officer accepts it and records the verdict and a parenting order. Then the manager's legal
 * figures and the school lead's statuses of orders. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalScreensIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    private DeadlineClient server;

    @AfterEach
    void realTime() {
        if (server != null) {
            server.realTime();
        }
    }

    @Test
    void aFileGoesFromThePreProceedingsDecisionToAParentingOrder() {
        TestCouncil.ensure(base);
        server = new DeadlineClient(base);
        server.clockAt("2026-01-20T10:00:00Z");
        Api admin = Api.as(base, "it-admin");
        Api manager = Api.as(base, "sas-manager");
        String upn = TestCouncil.upn(931);
        JsonObject job = admin.importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,"
                + "entry_date\n" + upn + ",9991001,Tamsin,Orrell,2014-04-04,6,F,2025-09-01\n");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        Api.Answer mother = manager.postJson("pupils/" + upn + "/carers", """
                {"forename": "Vic", "surname": "Orrell", "relationship": "MOTHER", "parentalResponsibility": true,
                 "livesWith": true, "address": "9 Example Row, Exampletown", "postcode": "ZZ2 2ZZ"}""");
        long carerId = mother.object().getJsonNumber("carerId").longValue();
        Api.Answer opened = manager.postJson("cases", "{\"upn\": \"" + upn + "\", \"level\": \"L3\", \"reason\":"
                + " \"Severe absence\", \"officer\": \"statutory-officer\"}");
        long caseId = opened.object().getJsonNumber("id").longValue();

        // the pre-proceedings panel decides to prosecute under s444(1) for the period charged: its decision opens the
        // file (panels calls the legal module's boundary); the officer finds it among the orders and files
        Api.Answer referred = manager.postJson("panels/PRE_PROCEEDINGS/referrals", """
                {"caseId": %d, "reason": "No improvement after a parenting contract",
                 "overrideReason": "The journey: listed by the service manager"}""".formatted(caseId));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        Api.Answer meeting = manager.postJson("panels/PRE_PROCEEDINGS/meetings",
                "{\"date\": \"2026-01-19\", \"time\": \"11:00\", \"place\": \"Legal Services, room 2\"}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        long meetingId = meeting.object().getJsonNumber("id").longValue();
        assertThat(manager.postJson("panel-meetings/" + meetingId + "/agenda", "{\"referralId\": "
                + referred.object().getJsonNumber("id").longValue() + "}").status()).isEqualTo(201);
        assertThat(manager.putJson("panel-meetings/" + meetingId + "/attendance", """
                {"people": [{"username": "sas-manager", "status": "PRESENT"},
                            {"username": "preproceedings-member", "status": "PRESENT"},
                            {"username": "preproceedings-solicitor", "status": "PRESENT"}]}""").status()).isEqualTo(200);
        Api.Answer decided = manager.postJson("panel-meetings/" + meetingId + "/decisions", """
                {"caseId": %d, "outcome": "PROSECUTE_444_1", "reasons": "No reason not to proceed from the school",
                 "esoConsidered": true, "esoConsideration": "Considered; the family refused supervision before",
                 "evidentialTestMet": true, "evidentialReasons": "Certified register and letters",
                 "publicInterestMet": true, "publicInterestReasons": "Attendance below 50%% for a term",
                 "chargedFrom": "2026-01-05", "chargedTo": "2026-01-16"}""".formatted(caseId));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);

        Browser browser = session.signedInAs("statutory-officer");
        browser.driver().findElement(By.linkText("Orders and prosecution files")).click();
        browser.waitFor(By.id("open"));
        browser.assertAccessible("officer-prosecution");
        long fileId = manager.get("cases/" + caseId + "/prosecution-files").json().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        browser.driver().findElement(By.id("files")).findElement(By.linkText("File " + fileId)).click();
        browser.waitFor(By.id("missing"));
        assertThat(browser.heading()).startsWith("Prosecution file ");
        String fileUrl = browser.driver().getCurrentUrl();
        String file = "File " + fileId;
        assertThat(browser.text()).contains("Pre-proceedings panel decision", "2026-07-16", "the s447 consideration");
        browser.assertAccessible("officer-prosecution-file");

        // the officer completes it and refers it
        new Select(browser.driver().findElement(By.id("parentForm:carerId"))).selectByValue(String.valueOf(carerId));
        click(browser, "parentForm:saveParent");
        type(browser, "s447Form:text", "An ESO was considered; the family refused every support offered.");
        click(browser, "s447Form:saveS447");
        evidence(browser, "CERTIFICATE_S566", "The headteacher", "9991001", "Certificate of attendance");
        evidence(browser, "WITNESS_STATEMENT", "Statutory officer", "", "My statement of the support offered");
        assertThat(browser.text()).contains("The file is complete.");
        click(browser, "referForm:refer");
        assertThat(browser.text()).contains("Referred to Legal Services", "REFERRED");
        browser.signOut();

        // Legal Services return it once with what is needed
        browser.signIn("legal-officer", "legal-officer");
        browser.waitFor(By.id("waiting"));
        browser.assertAccessible("legal-home");
        browser.driver().findElement(By.id("waiting")).findElement(By.linkText(file)).click();
        browser.waitFor(By.id("reviewForm"));
        browser.assertAccessible("legal-file");
        new Select(browser.driver().findElement(By.id("reviewForm:decision"))).selectByValue("RETURNED");
        type(browser, "reviewForm:needed", "A statement from the school's attendance officer");
        click(browser, "reviewForm:record");
        assertThat(browser.text()).contains("Review recorded: RETURNED", "RETURNED");
        browser.signOut();

        // the officer adds it and refers it again
        browser.signIn("statutory-officer", "statutory-officer");
        browser.waitFor(By.cssSelector("main h1"));
        browser.open(fileUrl);
        browser.waitFor(By.id("needed"));
        assertThat(browser.text()).contains("A statement from the school's attendance officer");
        evidence(browser, "WITNESS_STATEMENT", "School attendance officer", "", "First-day calls and home visits");
        click(browser, "referForm:refer");
        assertThat(browser.text()).contains("Referred to Legal Services");
        browser.signOut();

        // Legal Services accept it, and record the verdict and a parenting order
        browser.signIn("legal-officer", "legal-officer");
        browser.waitFor(By.id("waiting"));
        browser.driver().findElement(By.id("waiting")).findElement(By.linkText(file)).click();
        browser.waitFor(By.id("reviewForm"));
        type(browser, "reviewForm:laidOn", "2026-01-20");
        click(browser, "reviewForm:record");
        browser.waitFor(By.id("hearingForm"));
        assertThat(browser.text()).contains("ACCEPTED");
        type(browser, "hearingForm:on", "2026-01-20");
        type(browser, "hearingForm:court", "Exampletown Magistrates' Court");
        new Select(browser.driver().findElement(By.id("hearingForm:plea"))).selectByValue("NOT_GUILTY");
        new Select(browser.driver().findElement(By.id("hearingForm:verdict"))).selectByValue("GUILTY");
        type(browser, "hearingForm:fine", "120");
        type(browser, "hearingForm:parenting", "12");
        type(browser, "hearingForm:programme", "Parenting programme, 10 weekly sessions");
        click(browser, "hearingForm:recordHearing");
        assertThat(browser.text()).contains("Hearing recorded", "CONCLUDED", "GUILTY",
                "Parenting order: 12 months, Parenting programme, 10 weekly sessions");
        browser.assertAccessible("legal-file-concluded");
        browser.signOut();

        browser.signIn("sas-manager", "sas-manager");
        browser.waitFor(By.cssSelector("main h1"));
        browser.driver().findElement(By.linkText("Legal figures: prosecution files and outcomes")).click();
        browser.waitFor(By.id("outcomes"));
        assertThat(browser.text()).contains("Convictions", "Parenting orders");
        browser.assertAccessible("manager-legal");
        browser.signOut();

        assertThat(manager.postJson("cases/" + caseId + "/education-supervision-orders",
                "{\"madeOn\": \"2026-01-20\", \"supervisingOfficer\": \"statutory-officer\"}").status()).isEqualTo(201);
        browser.signIn("school-lead-9991001", "school-lead-9991001");
        browser.waitFor(By.cssSelector("main h1"));
        browser.driver().findElement(By.linkText("Orders and contracts of my pupils")).click();
        browser.waitFor(By.id("orders"));
        assertThat(browser.text()).contains("Tamsin Orrell", "Education Supervision Order", "RUNNING")
                .doesNotContain("Prosecution");
        browser.assertAccessible("school-orders");
    }

    private static void evidence(Browser browser, String kind, String person, String laestab, String summary) {
        new Select(browser.driver().findElement(By.id("evidenceForm:kind"))).selectByValue(kind);
        type(browser, "evidenceForm:on", "2026-01-19");
        type(browser, "evidenceForm:person", person);
        type(browser, "evidenceForm:laestab", laestab);
        type(browser, "evidenceForm:summary", summary);
        click(browser, "evidenceForm:addEvidence");
        assertThat(browser.text()).contains("Added to the file");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void click(Browser browser, String id) {
        browser.driver().findElement(By.id(id)).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
    }
}
