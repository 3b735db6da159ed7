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
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** A school's own closure days change its school weeks, and so the penalty notice window. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolCalendarApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void closingAWholeWeekAtASchoolMovesItsThresholdWindowBackAWeek() {
        TestCouncil.ensure(base);
        Api admin = Api.as(base, "it-admin");
        Api manager = Api.as(base, "sas-manager"); // the administrator keeps the calendar but reads no child
        String last12 = "9991002" + "28" + "001";
        String upn = UniquePupilNumber.checkLetterFor(last12) + last12;
        admin.importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                + upn + ",9991002,Quinn,Kestrel,2012-01-02,8,X,2025-09-01\n");
        String threshold = "pupils/" + upn + "/penalty-notice-threshold?asOf=2025-11-28";
        String before = manager.get(threshold).object().getString("windowStart");

        Api.Answer saved = admin.putJson("schools/9991002/calendar-exceptions", """
                {"closures": ["2025-11-17", "2025-11-18", "2025-11-19", "2025-11-20", "2025-11-21"], "openDays": []}
                """);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.object().getJsonArray("closures")).hasSize(5);
        JsonObject after = manager.get(threshold).object();
        assertThat(after.getInt("schoolWeeksInWindow")).isEqualTo(10);
        assertThat(java.time.LocalDate.parse(after.getString("windowStart")))
                .isEqualTo(java.time.LocalDate.parse(before).minusWeeks(1));

        assertThat(admin.putJson("schools/9991002/calendar-exceptions", "{\"closures\": [\"2019-01-07\"]}").status())
                .isEqualTo(400);
        // A school's lead reads their own school's days but only the administrator changes them.
        assertThat(Api.as(base, "school-lead-9991001").get("schools/9991001/calendar-exceptions").status()).isEqualTo(200);
        assertThat(Api.as(base, "school-lead-9991001").putJson("schools/9991001/calendar-exceptions", "{\"closures\": []}")
                .status()).isEqualTo(403);
        assertThat(admin.putJson("schools/9991002/calendar-exceptions", "{\"closures\": [], \"openDays\": []}").status())
                .isEqualTo(200);
    }
}
