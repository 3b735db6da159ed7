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

/**
 * README, "Who may do what": the administrator keeps schools, imports, configuration and audit but reads no child;
 * only the service manager changes a child's safeguarding fields.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorAndSafeguardingApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    private static String upnAt(int serial) {
        String last12 = "9991001" + "35" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    private String registered(int serial, String forename) {
        TestCouncil.ensure(base);
        String upn = upnAt(serial);
        JsonObject job = Api.as(base, "it-admin").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                        + upn + ",9991001," + forename + ",Ashgrove,2015-02-03,5,F,2025-09-01\n");
        assertThat(job.getString("status")).as("the administrator imports pupils for any school").isEqualTo("COMPLETED");
        return upn;
    }

    @Test
    void theAdministratorImportsAndReadsSchoolsButNoChildFamilyListCohortOrOverdueTask() {
        String upn = registered(1, "Elin");
        Api admin = Api.as(base, "it-admin");
        assertThat(admin.get("schools/9991001").status()).isEqualTo(200);
        for (String path : new String[] {"pupils/" + upn, "pupils/" + upn + "/family", "pupils/" + upn + "/attendance",
                "pupils/" + upn + "/attendance/patterns", "pupils/" + upn + "/penalty-notice-threshold",
                "pupils/" + upn + "/cases", "schools/9991001/pupils", "cohorts/penalty-notice-threshold",
                "tasks/overdue", "referrals"}) {
            Api.Answer refused = admin.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(admin.postJson("pupils/" + upn + "/carers", "{\"forename\": \"A\", \"surname\": \"B\","
                + " \"relationship\": \"FATHER\"}").status()).isEqualTo(403);
        assertThat(Api.as(base, "sas-manager").get("tasks/overdue").status()).isEqualTo(200);
    }

    private static String correction(String extra, long version) {
        return """
                {"forename": "Elin", "surname": "Ashgrove", "dateOfBirth": "2015-02-03", "yearGroup": "5",
                 "gender": "F", "postcode": "ZZ1 2ZZ", %s"version": %d}
                """.formatted(extra, version);
    }

    @Test
    void onlyTheServiceManagerChangesAChildsSafeguardingFields() {
        String upn = registered(2, "Maren");
        Api officer = Api.as(base, "statutory-officer");
        long version = officer.get("pupils/" + upn).object().getJsonNumber("version").longValue();

        for (String field : new String[] {"childProtectionPlan", "childInNeed", "childInCare"}) {
            Api.Answer refused = officer.putJson("pupils/" + upn, correction("\"" + field + "\": true, ", version)
                    .replace("Elin", "Maren"));
            assertThat(refused.status()).as(field + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.object().getString("detail")).contains(field);
            assertThat(refused.object().getJsonArray("errors").getJsonObject(0).getString("column")).isEqualTo(field);
        }
        Api.Answer socialWorker = officer.putJson("pupils/" + upn, correction("\"socialWorker\": \"Team West\", ",
                version).replace("Elin", "Maren"));
        assertThat(socialWorker.status()).isEqualTo(403);
        assertThat(socialWorker.object().getString("detail")).contains("socialWorker");

        // An officer's correction that leaves the safeguarding fields as they were goes through.
        Api.Answer postcode = officer.putJson("pupils/" + upn, correction("\"youngCarer\": true, ", version)
                .replace("Elin", "Maren"));
        assertThat(postcode.status()).as(postcode.body()).isEqualTo(200);
        assertThat(postcode.object().getString("postcode")).isEqualTo("ZZ1 2ZZ");

        Api manager = Api.as(base, "sas-manager");
        long now = manager.get("pupils/" + upn).object().getJsonNumber("version").longValue();
        Api.Answer changed = manager.putJson("pupils/" + upn, correction("\"youngCarer\": true,"
                + " \"childProtectionPlan\": true, \"socialWorker\": \"Team West\", ", now).replace("Elin", "Maren"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.object().getString("socialWorker")).isEqualTo("Team West");

        // Leaving them as the manager set them is still the officer's to do.
        long later = officer.get("pupils/" + upn).object().getJsonNumber("version").longValue();
        assertThat(officer.putJson("pupils/" + upn, correction("\"youngCarer\": true, \"childProtectionPlan\": true,"
                + " \"socialWorker\": \"Team West\", ", later).replace("Elin", "Maren").replace("ZZ1 2ZZ", "ZZ1 3ZZ"))
                .status()).isEqualTo(200);
    }

    @Test
    void badInputToTheAdministratorsApiNamesEachFieldThatIsWrong() {
        Api admin = Api.as(base, "it-admin");
        Api.Answer copy = admin.postJson("pathway-models", "{\"from\": \"KNOWSLEY\", \"code\": \" \"}");
        assertThat(copy.status()).as(copy.body()).isEqualTo(400);
        assertThat(copy.contentType()).startsWith("application/problem+json");
        assertThat(copy.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("column")).containsExactly("code", "name");
        assertThat(copy.object().getString("detail")).contains("give the new model a code")
                .contains("give the new model a name");

        Api.Answer timescales = admin.putJson("pathway-models/KNOWSLEY/timescales", "{}");
        assertThat(timescales.status()).as(timescales.body()).isEqualTo(400);
        assertThat(timescales.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("column")).containsExactly("timescales", "version");

        Api.Answer year = admin.putJson("calendar/2030", "{\"label\": \"2030/31\"}");
        assertThat(year.status()).as(year.body()).isEqualTo(400);
        assertThat(year.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("column")).containsExactly("end", "periods", "start");

        Api.Answer bare = admin.putJson("admin/staff/school-lead-9991001", "");
        assertThat(bare.status()).as(bare.body()).isEqualTo(400);
        assertThat(bare.object().getJsonArray("errors").getJsonObject(0).getString("column")).isEqualTo("body");
        assertThat(bare.object().getString("detail")).contains("{\"laestab\": \"9991001\"}");
    }
}
