package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** Who reads referrals: the list answers exactly what the single read does, and each listed child's read is audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    private static String upnAt(int serial) {
        String last12 = "9991001" + "34" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    /** The school lead of 9991001 refers a pupil of theirs with medical details; answers the referral's id. */
    private long referred(int serial, String forename) {
        TestCouncil.ensure(base);
        String upn = upnAt(serial);
        assertThat(Api.as(base, "it-admin").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                        + upn + ",9991001," + forename + ",Fernsby,2015-02-03,5,M,2025-09-01\n").getString("status"))
                .isEqualTo("COMPLETED");
        Api.Answer made = Api.as(base, "school-lead-9991001").postJson("referrals", """
                {"upn": "%s", "form": {"reason": "Absent most Mondays since October",
                 "attendanceSummary": "Attendance this academic year 88%%", "attendanceHistory": "2024/25: 93%%",
                 "medicalAndGp": "Asthma; sees Dr Fictional at the Example Surgery"}}
                """.formatted(upn));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.object().getJsonNumber("id").longValue();
    }

    private static boolean lists(Api.Answer list, long id) {
        return list.json().asJsonArray().stream().anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id);
    }

    @Test
    void aTradedOfficerNotLinkedToTheSchoolNeitherListsNorReadsItsReferrals() {
        long id = referred(1, "Ossian");
        Api traded = Api.as(base, "traded-officer");
        assertThat(traded.get("referrals/" + id).status()).isEqualTo(404);
        Api.Answer list = traded.get("referrals");
        assertThat(list.status()).isEqualTo(200);
        assertThat(lists(list, id)).isFalse();
        assertThat(list.body()).doesNotContain("Asthma", upnAt(1));
        assertThat(lists(traded.get("referrals?view=triage"), id)).isFalse();

        // Those the single read lets in find it in the list too; the school lead lists their school's.
        for (String user : new String[] {"sas-manager", "statutory-officer", "school-lead-9991001"}) {
            Api api = Api.as(base, user);
            assertThat(api.get("referrals/" + id).status()).as(user).isEqualTo(200);
            assertThat(lists(api.get("referrals"), id)).as(user).isTrue();
        }
        assertThat(Api.as(base, "it-admin").get("referrals").status()).isEqualTo(403);
    }

    @Test
    void listingReferralsIsAuditedForEachChildListed() {
        long id = referred(2, "Bram");
        assertThat(lists(Api.as(base, "early-help-worker").get("referrals"), id)).isTrue();
        JsonArray entries = Api.as(base, "sas-manager").get("audit?user=early-help-worker&action=READ&upn=" + upnAt(2))
                .object().getJsonArray("entries");
        assertThat(entries.stream().map(JsonValue::asJsonObject).map(e -> e.getString("subject") + ": "
                + e.getString("detail"))).contains("referral " + id + ": list of referrals");
    }
}
