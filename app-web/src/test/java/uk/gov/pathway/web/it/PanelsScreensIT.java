package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
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
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Issue 11's journey in Chromium: an officer refers a case to CLAAG; the chair lists it on the next meeting;
 * claag-member downloads that case's papers and gets nothing of any other pupil or case; the chair records the
 * educational neglect decision, which gives the school attendance lead the MARF task; the MASH disagreeing brings the
 * case back to the next CLAAG. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PanelsScreensIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    private static final String MEETING = "2026-03-05";

    private static String upn(int serial) {
        String last12 = "9991001" + "48" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    @AfterEach
    void realTime() {
        Api.as(base, "it-admin").send("DELETE", "clock", null, null);
    }

    @Test
    void fromTheOfficersReferralToTheMashSendingTheCaseBackToClaag() {
        TestCouncil.ensure(base);
        Api admin = Api.as(base, "it-admin");
        assertThat(admin.putJson("clock", "{\"now\": \"2026-02-03T10:00:00Z\"}").status()).isEqualTo(200);
        Api manager = Api.as(base, "sas-manager");
        Api officer = Api.as(base, "statutory-officer");
        String child = upn(1);
        String other = upn(2);
        assertThat(admin.importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                + child + ",9991001,Wren,Ashcombe,2014-05-06,6,F,2025-09-01\n"
                + other + ",9991001,Tam,Ashcombe,2015-05-06,5,M,2025-09-01\n").getString("status")).isEqualTo("COMPLETED");
        StringBuilder marks = new StringBuilder("upn,laestab,date,session,code\n");
        for (LocalDate day = LocalDate.of(2026, 1, 5); day.isBefore(LocalDate.of(2026, 2, 3)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                boolean absent = day.getDayOfWeek() != DayOfWeek.FRIDAY;
                for (String session : List.of("AM", "PM")) {
                    marks.append(child).append(",9991001,").append(day).append(',').append(session).append(',')
                            .append(absent ? "O" : "/").append('\n');
                }
            }
        }
        assertThat(admin.importAndWait("attendance", marks.toString()).getString("status")).isEqualTo("COMPLETED");
        long caseId = openCase(manager, child);
        long otherCase = openCase(manager, other);
        for (String kind : List.of("SCHOOL_MEETING", "EARLY_HELP_OFFERED")) {
            Api.Answer recorded = officer.postJson("cases/" + caseId + "/contacts", "{\"kind\": \"" + kind
                    + "\", \"date\": \"2026-02-03\", \"summary\": \"Recorded for the panel test\", \"attendees\":"
                    + " \"Parent, lead\", \"familyPresent\": true, \"durationMinutes\": 30}");
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        assertThat(officer.postJson("cases/" + caseId + "/assessments", """
                {"assessedOn": "2026-02-03", "reasons": "Neglect screening", "assessmentsNeeded":
                 [{"kind": "GRADED_CARE_PROFILE", "dueOn": "2026-02-20"}]}""").status()).isEqualTo(201);
        long needed = officer.get("cases/" + caseId).object().getJsonArray("assessmentsNeeded").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(officer.postJson("cases/" + caseId + "/assessments-needed/" + needed + "/completed",
                "{\"completedOn\": \"2026-02-03\"}").status()).isEqualTo(204);

        // the officer refers the case to CLAAG from the case
        Browser browser = session.signedInAs("statutory-officer");
        browser.open(base + "case/workspace.xhtml?id=" + caseId);
        browser.waitFor(By.linkText("Panels: refer this case, follow its referrals"));
        browser.driver().findElement(By.linkText("Panels: refer this case, follow its referrals")).click();
        browser.waitFor(By.id("refer:reason"));
        new Select(browser.driver().findElement(By.id("refer:panel"))).selectByValue("CLAAG");
        browser.driver().findElement(By.id("refer:reason")).sendKeys("No improvement after AIM and Early Help");
        browser.driver().findElement(By.id("refer:referIt")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Referred to the panel", "CLAAG", "REFERRED");
        browser.assertAccessible("case-panels");
        browser.signOut();

        // the chair plans a meeting and lists the case on it, and publishes the agenda
        browser.signIn("claag-chair", "claag-chair");
        browser.waitFor(By.id("plan:date"));
        browser.assertAccessible("panel-home-chair");
        browser.driver().findElement(By.id("plan:date")).sendKeys(MEETING);
        browser.driver().findElement(By.id("plan:planMeeting")).click();
        browser.waitFor(By.linkText(MEETING));
        browser.driver().findElement(By.linkText(MEETING)).click();
        browser.waitFor(By.id("list:referral"));
        browser.driver().findElement(By.id("list:listIt")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Listed on the agenda", "Wren Ashcombe");
        browser.driver().findElement(By.id("list:publish")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        browser.assertAccessible("panel-meeting-chair");
        long meetingId = Api.as(base, "claag-chair").get("panel-meetings").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("panel").equals("CLAAG")
                        && m.getString("date").equals(MEETING)).mapToLong(m -> m.getJsonNumber("id").longValue())
                .max().orElseThrow();
        browser.signOut();

        // the member downloads that case's papers, and nothing of any other pupil or case
        browser.signIn("claag-member", "claag-member");
        browser.waitFor(By.linkText(MEETING));
        browser.assertAccessible("panel-home-member");
        browser.driver().findElement(By.linkText(MEETING)).click();
        browser.waitFor(By.id("agendaTable"));
        browser.driver().findElement(By.cssSelector("input[value='Papers of case " + caseId + " (PDF)']")).click();
        String papers = Browser.pdfText(browser.downloaded("claag-" + MEETING + "-case-" + caseId + ".pdf"));
        assertThat(papers).contains("1. Case summary", "Wren Ashcombe", "2. Attendance and trend", "3. Chronology",
                "4. Referral and evidence", "No improvement after AIM and Early Help");
        browser.assertAccessible("panel-meeting-member");
        assertThat(status("claag-member", "panel-meetings/" + meetingId + "/papers/" + otherCase)).isEqualTo(404);
        for (String path : List.of("pupils/" + other, "pupils/" + child, "cases/" + otherCase, "cases/" + caseId,
                "pupils/" + other + "/chronology", "pupils/" + child + "/cases")) {
            assertThat(status("claag-member", path)).as(path).isIn(403, 404);
        }
        browser.open(base + "pupil/profile.xhtml?upn=" + child);
        browser.waitFor(By.cssSelector("main h1"));
        assertThat(browser.heading()).isIn("You cannot open this page", "Page not found");
        browser.open(base + "case/workspace.xhtml?id=" + otherCase);
        browser.waitFor(By.cssSelector("main h1"));
        assertThat(browser.heading()).isIn("You cannot open this page", "Page not found");
        browser.open(base + "panel/home.xhtml");
        browser.waitFor(By.cssSelector("#signOut input[type=submit]"));
        browser.signOut();

        // the chair records attendance and the neglect decision: the MARF task for the school lead
        browser.signIn("claag-chair", "claag-chair");
        browser.open(base + "panel/meeting.xhtml?id=" + meetingId);
        browser.waitFor(By.id("attendance"));
        for (WebElement status : browser.driver().findElements(By.cssSelector("select[id$=':status']"))) {
            new Select(status).selectByValue("PRESENT");
        }
        browser.driver().findElement(By.id("attendance:saveAttendance")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Attendance recorded").doesNotContain("Not quorate");
        new Select(browser.driver().findElement(By.id("decision:case"))).selectByValue(String.valueOf(caseId));
        new Select(browser.driver().findElement(By.id("decision:outcome"))).selectByValue("EDUCATIONAL_NEGLECT");
        browser.driver().findElement(By.id("decision:reasons")).sendKeys("Every avenue tried; no engagement");
        List<WebElement> ticks = browser.driver().findElements(By.cssSelector("input[id$=':tick']"));
        List<WebElement> evidence = browser.driver().findElements(By.cssSelector("input[id$=':evidence']"));
        ticks.get(3).click();
        evidence.get(3).sendKeys("No reason given for 32 absences");
        ticks.get(5).click();
        evidence.get(5).sendKeys("Early Help offered and declined");
        browser.driver().findElement(By.id("decision:allTried")).click();
        browser.driver().findElement(By.id("decision:decide")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Decision recorded", "Educational neglect threshold met");
        browser.assertAccessible("panel-meeting-decided");
        assertThat(Api.as(base, "school-lead-9991001").get("tasks").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("kind").equals("MARF_REFERRAL")
                        && t.getJsonNumber("subjectId").longValue() == caseId)).hasSize(1);

        // the MASH disagrees: the case is back on the next CLAAG
        browser.driver().findElement(By.cssSelector("input[value='MASH disagrees']")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("The MASH's outcome is recorded", "DISAGREES");
        Api chair = Api.as(base, "claag-chair");
        boolean back = chair.get("panel-meetings").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("panel").equals("CLAAG") && m.getString("date").compareTo(MEETING) > 0)
                .map(m -> chair.get("panel-meetings/" + m.getJsonNumber("id").longValue()).object())
                .flatMap(m -> m.getJsonArray("agenda").stream().map(JsonValue::asJsonObject))
                .anyMatch(a -> a.getJsonNumber("caseId").longValue() == caseId && a.getBoolean("returning"));
        assertThat(back).as("the case is on a later CLAAG, back from the MASH").isTrue();
        JsonObject referral = manager.get("cases/" + caseId + "/panel-referrals").json().asJsonArray().getJsonObject(0);
        assertThat(referral.getString("status")).isEqualTo("LISTED");
    }

    private static long openCase(Api manager, String upn) {
        Api.Answer opened = manager.postJson("cases", "{\"upn\": \"" + upn + "\", \"level\": \"L3\", \"reason\":"
                + " \"Attendance far below 75%\", \"officer\": \"statutory-officer\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.object().getJsonNumber("id").longValue();
    }

    private int status(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }
}
