package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.support.ui.Select;

/** A council officer picks a school, sees its pupils and takes the list away as CSV and Excel. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CouncilPupilsScreensIT {

    private static final int SERIAL = 191;
    /** A pupil whose surname a spreadsheet would run as a formula. */
    private static final int FORMULA = 192;

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
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,young_carer,entry_date\n"
                        + TestCouncil.upn(SERIAL) + ",9991001,Orla,Saltmarsh,2015-06-07,5,F,true,2025-09-01\n"
                        + TestCouncil.upn(FORMULA) + ",9991001,Ivo,\"=HYPERLINK(\"\"x\"\")\",2015-03-04,5,M,false,2025-09-01\n");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        browser = session.browser();
    }


    @Test
    void anOfficerSeesASchoolsPupilsAndDownloadsThemAsCsvAndExcel() throws Exception {
        browser.signedInAs(base, "statutory-officer");
        browser.driver().findElement(By.linkText("Pupils")).click();
        browser.waitFor(By.id("choose:school"));
        browser.assertAccessible("council-pupils");

        new Select(browser.driver().findElement(By.id("choose:school"))).selectByValue("9991001");
        browser.driver().findElement(By.id("choose:show")).click();
        browser.waitFor(By.cssSelector("#list\\:pupils"));
        assertThat(browser.text()).contains("Riverside Primary School").contains("Pupils 1 to");
        browser.assertAccessible("council-pupils-school");

        browser.driver().findElement(By.cssSelector("input[value='Download as CSV']")).click();
        String csv = Files.readString(browser.downloaded("pupils-9991001.csv"));
        assertThat(csv).as("the download holds every pupil, not just the page shown").contains("Saltmarsh, Orla")
                .contains(TestCouncil.upn(SERIAL)).contains("YC");
        assertThat(csv).as("a name a spreadsheet would run is written as text")
                .contains("'=HYPERLINK(\"\"x\"\"), Ivo").doesNotContain(",\"=HYPERLINK");

        browser.driver().findElement(By.cssSelector("input[value='Download as Excel']")).click();
        Path xlsx = browser.downloaded("pupils-9991001.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            boolean found = false;
            String formulaPupil = null;
            for (Row row : sheet) {
                found |= row.getCell(0) != null && row.getCell(0).toString().contains("Saltmarsh, Orla");
                if (row.getCell(0) != null && row.getCell(0).toString().contains("HYPERLINK")) {
                    assertThat(row.getCell(0).getCellType()).as("never a formula cell").isEqualTo(CellType.STRING);
                    formulaPupil = row.getCell(0).getStringCellValue();
                }
            }
            assertThat(found).as("the pupil is a row of the workbook").isTrue();
            assertThat(formulaPupil).as("a name a spreadsheet would run is text").isEqualTo("'=HYPERLINK(\"x\"), Ivo");
        }
    }
}
