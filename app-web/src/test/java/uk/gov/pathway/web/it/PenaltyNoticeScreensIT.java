package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import uk.gov.pathway.fixtures.FictionalCalendar;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Issue 12's journey in Chromium, on the server's clock: a pupil meets the threshold after an import; the school asks
 * for a notice; the officer approves and sends a notice to improve to both parents; attendance does not improve;
 * notices go to both parents; one pays within 21 days; the other does not, and at the end of the 28 days (the clock
 * moved) the notice is unpaid and the task to prosecute or withdraw is on the officer's home screen. axe-core on
 * every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PenaltyNoticeScreensIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    static String upn(int serial) {
        String last12 = "9991001" + "43" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    @AfterEach
    void realTime() {
        Api.as(base, "it-admin").send("DELETE", "clock", null, null);
    }

    private void clock(String now) {
        Api.Answer moved = Api.as(base, "it-admin").putJson("clock", "{\"now\": \"" + now + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private static String marks(String upn, List<String> days, String am, String pm) {
        return "upn,laestab,date,session,code\n" + rows(upn, days, am, pm);
    }

    private static String rows(String upn, List<String> days, String am, String pm) {
        StringBuilder csv = new StringBuilder();
        for (String day : days) {
            csv.append(upn).append(",9991001,").append(day).append(",AM,").append(am).append('\n');
            csv.append(upn).append(",9991001,").append(day).append(",PM,").append(pm).append('\n');
        }
        return csv.toString();
    }

    private void click(Browser browser, String value) {
        browser.driver().findElement(By.cssSelector("input[value='" + value + "']")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
    }

    @Test
    void fromTheThresholdToTheTaskToProsecuteOrWithdraw() {
        TestCouncil.ensure(base);
        Api admin = Api.as(base, "it-admin");
        assertThat(admin.putJson("calendar/2026", FictionalCalendar.json(2026)).status()).isEqualTo(200);
        clock("2026-10-05T08:00:00Z");
        String wren = upn(1);
        JsonObject pupils = admin.importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                + wren + ",9991001,Wren,Ashdown,2016-05-04,5,F,2025-09-01\n");
        assertThat(pupils.getString("status")).isEqualTo("COMPLETED");
        Api manager = Api.as(base, "sas-manager");
        for (String parent : List.of("Petra|MOTHER|true", "Hugo|FATHER|false")) {
            String[] p = parent.split("\\|");
            boolean known = manager.get("pupils/" + wren + "/family").object().getJsonArray("carers").stream()
                    .anyMatch(c -> c.asJsonObject().getString("forename").equals(p[0]));
            if (!known) {
                assertThat(manager.postJson("pupils/" + wren + "/carers", """
                        {"forename": "%s", "surname": "Ashdown", "relationship": "%s", "parentalResponsibility": true,
                         "livesWith": %s, "address": "3 Test Close, Testtown", "postcode": "TE3 3ST"}"""
                        .formatted(p[0], p[1], p[2])).status()).isEqualTo(201);
            }
        }
        Api lead = Api.as(base, "school-lead-9991001");
        assertThat(lead.get("penalty-notices/eligible").json().asJsonArray()).extracting(e -> e.asJsonObject()
                .getString("upn")).doesNotContain(wren);
        // the school sends its marks: a holiday week (G) and a week of mornings late after the register closed (U)
        JsonObject imported = lead.importAndWait("attendance", marks(wren, List.of("2026-09-07", "2026-09-08",
                "2026-09-09", "2026-09-10", "2026-09-11"), "G", "G") + rows(wren, List.of("2026-09-14", "2026-09-15",
                "2026-09-16"), "U", "\\"));
        assertThat(imported.getString("status")).as(imported.toString()).isEqualTo("COMPLETED");

        // the school sees the pupil on its list and asks for a notice
        Browser school = session.signedInAs("school-lead-9991001");
        school.open(base + "school/penalty-notices.xhtml");
        school.waitFor(By.id("eligible"));
        assertThat(school.driver().findElement(By.id("eligible")).getText()).contains("Wren Ashdown (" + wren + ")");
        school.assertAccessible("school-penalty-notices");
        school.driver().findElement(By.id("ask:upn")).sendKeys(wren);
        school.driver().findElement(By.id("ask:sessions")).sendKeys("2026-09-07/AM 2026-09-07/PM 2026-09-08/AM 2026-09-08/PM");
        school.driver().findElement(By.id("ask:letters")).sendKeys("Attendance letter 1 on 2026-09-21");
        school.driver().findElement(By.id("ask:leave")).sendKeys("Leave asked for on 2026-07-01, refused on 2026-07-03");
        school.driver().findElement(By.id("ask:support")).sendKeys("A meeting with the family on 2026-09-24");
        click(school, "Send the request");
        assertThat(school.text()).contains("sent: the council decides by 2026-10-19");
        assertThat(school.driver().findElement(By.id("requests")).getText()).contains("Wren Ashdown", "WAITING");
        school.assertAccessible("school-penalty-notices-requested");

        // the officer approves it and sends a notice to improve to both parents
        Browser officer = session.browser();
        officer.signOut();
        officer.signedInAs(base, "statutory-officer");
        officer.open(base + "officer/penalty-notices.xhtml");
        officer.waitFor(By.id("eligible"));
        officer.assertAccessible("officer-penalty-notices");
        officer.driver().findElement(By.cssSelector("input[aria-label='Note to the school on the request for Wren Ashdown']"))
                .sendKeys("A notice to improve first");
        click(officer, "Approve request for Wren Ashdown");
        officer.driver().findElement(By.id("act:upn")).sendKeys(wren);
        click(officer, "Find the parents");
        officer.driver().findElements(By.cssSelector("input[name='act:parents']")).forEach(WebElement::click);
        WebElement weeks = officer.driver().findElement(By.id("act:weeks"));
        weeks.clear();
        weeks.sendKeys("3");
        click(officer, "Send a notice to improve");
        assertThat(officer.text()).contains("Notice to improve sent to Petra Ashdown (period ends 2026-11-02) and Hugo Ashdown");
        officer.assertAccessible("officer-notice-to-improve");

        // attendance does not improve: late every morning of the period
        clock("2026-11-03T08:00:00Z");
        JsonObject period = lead.importAndWait("attendance", marks(wren, List.of("2026-10-05", "2026-10-06",
                "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-12", "2026-10-13", "2026-10-14"), "U", "\\"));
        assertThat(period.getString("status")).as(period.toString()).isEqualTo("COMPLETED");
        officer.open(base + "officer/penalty-notices.xhtml");
        officer.waitFor(By.id("eligible"));
        assertThat(officer.text()).contains("Period ended: record the outcome");
        click(officer, "Petra Ashdown: not improved");
        click(officer, "Hugo Ashdown: not improved");
        assertThat(officer.text()).contains("NOT_IMPROVED");

        // notices to both parents, for the period's sessions
        officer.driver().findElement(By.id("act:upn")).sendKeys(wren);
        click(officer, "Find the parents");
        officer.driver().findElements(By.cssSelector("input[name='act:parents']")).forEach(WebElement::click);
        WebElement sessions = officer.driver().findElement(By.id("act:sessions"));
        sessions.clear();
        sessions.sendKeys("2026-10-05/AM 2026-10-06/AM 2026-10-07/AM 2026-10-08/AM 2026-10-09/AM");
        click(officer, "Issue a penalty notice to each parent chosen");
        assertThat(officer.text()).contains("Penalty notice issued: notice", "£80 by 2026-11-23", "£160 by 2026-11-30");
        officer.assertAccessible("officer-penalty-notices-issued");

        long petra = -1;
        long hugo = -1;
        for (JsonValue n : Api.as(base, "statutory-officer").get("pupils/" + wren + "/penalty-notices").json().asJsonArray()) {
            JsonObject notice = n.asJsonObject();
            if (notice.getString("issuedOn").equals("2026-11-03")) {
                if (notice.getString("carerName").startsWith("Petra")) {
                    petra = notice.getJsonNumber("id").longValue();
                } else {
                    hugo = notice.getJsonNumber("id").longValue();
                }
            }
        }
        assertThat(petra).isPositive();
        assertThat(hugo).isPositive();

        // Petra pays £80 within the 21 days
        clock("2026-11-10T10:00:00Z");
        officer.open(base + "officer/penalty-notices.xhtml");
        officer.waitFor(By.id("register"));
        officer.driver().findElement(By.cssSelector("input[aria-label='Amount paid on notice " + petra + " (£)']")).sendKeys("80");
        click(officer, "Record payment on notice " + petra);
        assertThat(officer.text()).contains("Payment recorded on notice " + petra + ": paid in 21 days");

        // Hugo does not: at the end of the 28 days the notice is unpaid and the officer is asked to act
        clock("2026-12-01T08:00:00Z");
        JsonObject unpaid = Api.as(base, "statutory-officer").get("penalty-notices/" + hugo).object();
        assertThat(unpaid.getString("status")).isEqualTo("UNPAID");
        assertThat(Api.as(base, "statutory-officer").get("penalty-notices/" + petra).object().getString("status"))
                .isEqualTo("PAID_IN_21_DAYS");
        officer.open(base + "officer/home.xhtml");
        officer.waitFor(By.cssSelector("main h1"));
        assertThat(officer.text()).contains("Penalty notice " + hugo + " to Hugo Ashdown unpaid after 28 days: prosecute or withdraw");
        officer.assertAccessible("officer-home-unpaid-task");

        // and the school sees the statuses of its pupil's notices
        school.signOut();
        school.signedInAs(base, "school-lead-9991001");
        school.open(base + "school/penalty-notices.xhtml");
        school.waitFor(By.id("notices"));
        assertThat(school.driver().findElement(By.id("notices")).getText()).contains("PAID_IN_21_DAYS", "UNPAID");
        assertThat(school.driver().findElement(By.id("requests")).getText()).contains("APPROVED", "A notice to improve first");
    }
}
