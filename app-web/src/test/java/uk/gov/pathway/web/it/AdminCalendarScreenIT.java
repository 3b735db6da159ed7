package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
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

/** The administrator keeps the school calendar on a screen. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminCalendarScreenIT {

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
        browser = session.signedInAs("it-admin");
    }


    @Test
    void theAdministratorAddsAnAcademicYearAndAWrongDateIsRefusedByName() {
        browser.driver().findElement(By.linkText("School calendar")).click();
        browser.waitFor(By.id("edit:startYear"));
        assertThat(browser.text()).contains("2025/26");
        browser.assertAccessible("admin-calendar");

        browser.driver().findElement(By.id("edit:startYear")).sendKeys("2027");
        List<WebElement> dates = browser.driver().findElements(By.cssSelector("#edit input[aria-label^='Autumn 1']"));
        dates.get(0).sendKeys("2027-09-02");
        dates.get(1).sendKeys("22/10/2027");
        browser.driver().findElement(By.id("edit:save")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Autumn 1 end must be a date written YYYY-MM-DD; got '22/10/2027'");
        browser.assertAccessible("admin-calendar-refused");

        WebElement end = browser.driver().findElements(By.cssSelector("#edit input[aria-label^='Autumn 1']")).get(1);
        end.clear();
        end.sendKeys("2027-10-22");
        browser.driver().findElement(By.id("edit:save")).click();
        browser.waitFor(By.cssSelector(".pw-messages"));
        assertThat(browser.text()).contains("Academic year 2027/28 is saved");
        assertThat(Api.as(base, "sas-manager").get("calendar").body()).contains("2027/28");
    }
}
