package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The service manager's *Transfers between schools*: a school's request seen beside the record, then confirmed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferScreensIT {

    private static final String PUPILS_HEADER = "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    private Browser browser;


    @Test
    void theManagerConfirmsATransferOnTheTransfersPageAndTheNewSchoolSeesTheChild() {
        TestCouncil.ensure(base);
        String upn = TestCouncil.upn(811);
        JsonObject registered = Api.as(base, "it-admin").importAndWait("pupils", PUPILS_HEADER + upn
                + ",9991002,Isolde,Fenwright,2012-02-03,8,F,2025-09-01\n");
        assertThat(registered.getString("status")).as(registered.toString()).isEqualTo("COMPLETED");
        Api lead = Api.as(base, "school-lead-9991001");
        JsonObject asked = lead.importAndWait("pupils", PUPILS_HEADER + upn + ",9991001,Isolde,Fenwright,2012-02-03,8,F,2025-10-06\n");
        assertThat(asked.getInt("transfersAwaitingConfirmation")).isEqualTo(1);
        assertThat(lead.get("pupils/" + upn).status()).isEqualTo(404);

        browser = session.signedInAs("sas-manager");
        browser.driver().findElement(By.linkText("Transfers between schools")).click();
        browser.waitFor(By.id("transfers"));
        assertThat(browser.heading()).isEqualTo("Transfers between schools");
        assertThat(browser.text()).contains("Isolde Fenwright, born 2012-02-03 (" + upn + ")", "Hillcrest Academy",
                "Riverside Primary School", "school-lead-9991001");
        browser.assertAccessible("manager-transfers");

        browser.driver().findElement(By.cssSelector("input[value='Confirm transfer of Isolde Fenwright']")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Isolde Fenwright moves to Riverside Primary School from 2025-10-06")
                .doesNotContain("(" + upn + ")");
        browser.assertAccessible("manager-transfers-confirmed");

        assertThat(lead.get("pupils/" + upn).status()).isEqualTo(200);
    }
}
