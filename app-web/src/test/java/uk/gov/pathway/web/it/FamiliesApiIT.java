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

/** Parents, carers and siblings across schools, within each caller's scope. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FamiliesApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    private static String upnAt(String laestab, int serial) {
        String last12 = laestab + "27" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    @Test
    void siblingsShareACarerAcrossSchoolsAndEachCallerSeesOnlyTheChildrenInTheirScope() {
        TestCouncil.ensure(base);
        Api admin = Api.as(base, "it-admin");
        Api manager = Api.as(base, "sas-manager");
        String older = upnAt("9991001", 1);
        String younger = upnAt("9991002", 1);
        JsonObject pupils = admin.importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                + older + ",9991001,Kira,Rookwood,2015-01-02,5,F,2025-09-01\n"
                + younger + ",9991002,Theo,Rookwood,2012-01-02,8,M,2025-09-01\n");
        assertThat(pupils.getString("status")).isEqualTo("COMPLETED");

        Api.Answer added = post(manager, older, """
                {"forename": "Mira", "surname": "Rookwood", "relationship": "MOTHER", "parentalResponsibility": true,
                 "livesWith": true, "phone": "01632 960000", "email": "mira.rookwood@example.org", "postcode": "zz1 1zz"}
                """);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long carerId = added.object().getJsonNumber("carerId").longValue();
        assertThat(manager.send("POST", "pupils/" + younger + "/carers", "application/json",
                "{\"carerId\": " + carerId + ", \"relationship\": \"MOTHER\", \"parentalResponsibility\": true, \"livesWith\": true}")
                .statusCode()).isEqualTo(201);

        JsonObject family = manager.get("pupils/" + older + "/family").object();
        assertThat(family.getJsonArray("carers").getJsonObject(0).getString("postcode")).isEqualTo("ZZ1 1ZZ");
        assertThat(family.getJsonArray("siblings")).extracting(s -> s.asJsonObject().getString("upn")
                + " " + s.asJsonObject().getString("laestab")).containsExactly(younger + " 9991002");

        // The school lead of 9991001 sees the family of their pupil, but not the sibling at another school.
        JsonObject leadsView = Api.as(base, "school-lead-9991001").get("pupils/" + older + "/family").object();
        assertThat(leadsView.getJsonArray("carers")).hasSize(1);
        assertThat(leadsView.getJsonArray("siblings")).isEmpty();
        assertThat(Api.as(base, "school-lead-9991002").get("pupils/" + older + "/family").status()).isEqualTo(404);
    }

    @Test
    void aCarerWithAnUnknownRelationshipOrABadEmailIsRefusedWithWhatIsWrong() {
        TestCouncil.ensure(base);
        Api manager = Api.as(base, "sas-manager");
        String child = upnAt("9991001", 2);
        Api.as(base, "it-admin").importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                + child + ",9991001,Nico,Thistlewood,2015-01-02,5,M,2025-09-01\n");
        Api.Answer badRelationship = post(manager, child,
                "{\"forename\": \"A\", \"surname\": \"B\", \"relationship\": \"AUNTIE\"}");
        assertThat(badRelationship.status()).isEqualTo(400);
        assertThat(badRelationship.object().getString("detail")).contains("relationship must be one of");
        Api.Answer badEmail = post(manager, child,
                "{\"forename\": \"A\", \"surname\": \"B\", \"relationship\": \"FATHER\", \"email\": \"not-an-address\"}");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.object().getString("detail")).isEqualTo("email is not an e-mail address: 'not-an-address'");
        assertThat(manager.get("pupils/" + child + "/family").object().getJsonArray("carers")).isEmpty();
    }

    @Test
    void aPupilsDetailsAreCorrectedOnceAndAStaleCorrectionIsRefusedWith409() {
        TestCouncil.ensure(base);
        Api manager = Api.as(base, "sas-manager");
        String child = upnAt("9991001", 3);
        Api.as(base, "it-admin").importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                + child + ",9991001,Jonah,Greenhow,2015-01-02,5,M,2025-09-01\n");
        long version = manager.get("pupils/" + child).object().getJsonNumber("version").longValue();
        String correction = """
                {"forename": "Jonah", "surname": "Greenhow-Hart", "dateOfBirth": "2015-01-02", "yearGroup": "5",
                 "gender": "M", "sen": "K", "youngCarer": true, "socialWorker": "Team North", "version": %d}
                """;
        Api.Answer corrected = manager.putJson("pupils/" + child, correction.formatted(version));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.object().getString("surname")).isEqualTo("Greenhow-Hart");
        assertThat(corrected.object().getString("sen")).isEqualTo("K");
        assertThat(corrected.object().getString("socialWorker")).isEqualTo("Team North");

        Api.Answer stale = manager.putJson("pupils/" + child, correction.formatted(version).replace("Greenhow-Hart", "Other"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(Api.as(base, "school-lead-9991002").putJson("pupils/" + child, correction.formatted(version)).status())
                .isEqualTo(404);
    }

    private static Api.Answer post(Api api, String upn, String json) {
        var response = api.send("POST", "pupils/" + upn + "/carers", "application/json", json);
        return new Api.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
