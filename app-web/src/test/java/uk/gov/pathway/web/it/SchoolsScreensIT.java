package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** People signing in and using the schools screens in a real browser, with axe-core on every page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolsScreensIT {

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
        browser = session.browser();
    }


    @Test
    void theServiceManagerSignsInAndFindsASchoolInTheRegister() {
        browser.open(base + "");
        browser.waitFor(By.id("j_username"));
        assertThat(browser.heading()).isEqualTo("Sign in");
        browser.assertAccessible("sign-in");

        browser.signIn("sas-manager", "sas-manager");
        browser.waitFor(By.cssSelector("main h1"));
        assertThat(browser.heading()).isEqualTo("Service dashboard");
        browser.assertAccessible("manager-home");

        browser.driver().findElement(By.linkText("Schools")).click();
        browser.waitFor(By.cssSelector("#register\\:schools"));
        assertThat(browser.heading()).isEqualTo("Schools");
        assertThat(browser.text()).contains("9991001").contains("9991002").contains("Riverside Primary School");
        browser.assertAccessible("council-schools");

        WebElement filter = browser.driver().findElement(By.id("register:schools:nameFilter"));
        assertThat(filter.getAttribute("aria-label")).as("the filter's accessible name").startsWith("Filter");
        filter.sendKeys("Hillcrest");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !browser.text().contains("Riverside Primary School"));
        assertThat(browser.text()).contains("Hillcrest Academy");
        browser.assertAccessible("council-schools-filtered");

        browser.signOut();
        assertThat(browser.text()).contains("You have signed out.");
    }

    @Test
    void aSchoolAttendanceLeadSeesTheirOwnSchoolOnlyAndNotTheCouncilRegister() {
        browser.signedInAs(base, "school-lead-9991001");
        assertThat(browser.heading()).isEqualTo("My school");
        assertThat(browser.text()).contains("Riverside Primary School").contains("9991001")
                .doesNotContain("Hillcrest Academy").doesNotContain("9991002");
        browser.assertAccessible("school-home");

        browser.open(base + "council/schools.xhtml");
        browser.waitFor(By.cssSelector("main h1"));
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        browser.assertAccessible("forbidden");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatSaysWhatToDo() {
        browser.open(base + "");
        browser.waitFor(By.id("j_username"));
        browser.signIn("sas-manager", "wrong");
        browser.waitFor(By.cssSelector(".pw-error-summary"));
        assertThat(browser.text()).contains("The user name or password is not right");
        browser.assertAccessible("sign-in-failed");
    }

    @Test
    void everyRoleLandsOnItsOwnHomeScreen() {
        String[][] landings = {
                {"it-admin", "System health"}, {"statutory-officer", "My work"}, {"traded-officer", "My work"},
                {"claag-member", "My panel meetings"}, {"legal-officer", "Files referred to Legal Services"}};
        for (String[] landing : landings) {
            browser.open(base + "");
            browser.waitFor(By.id("j_username"));
            browser.signIn(landing[0], landing[0]);
            browser.waitFor(By.cssSelector("main h1"));
            assertThat(browser.heading()).as(landing[0]).isEqualTo(landing[1]);
            browser.assertAccessible("home-" + landing[0]);
            browser.signOut();
        }
    }
}
