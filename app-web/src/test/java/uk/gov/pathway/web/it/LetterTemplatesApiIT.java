package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrator edits a letter template through the API: placeholders checked by line, optimistic locking, roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterTemplatesApiIT {

    private static final String CLOSURE = "letter-templates/CASE_CLOSURE";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void councilStaffListAndReadTheTemplatesAndOnlyTheAdministratorEditsOne() {
        Api officer = Api.as(base, "statutory-officer");
        Api.Answer list = officer.get("letter-templates");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().asJsonArray().stream().map(t -> t.asJsonObject().getString("code")))
                .containsExactlyInAnyOrder("ATTENDANCE_LETTER_1", "ATTENDANCE_LETTER_2", "AIM_INVITATION",
                        "PARENTING_CONTRACT", "CASE_CLOSURE", "PENALTY_NOTICE_WARNING", "NOTICE_TO_IMPROVE",
                        "PENALTY_NOTICE", "PENALTY_NOTICE_WITHDRAWAL", "PENALTY_NOTICE_REMINDER",
                        "PARENTING_CONTRACT_SIGNED");
        assertThat(Api.as(base, "school-lead-9991001").get("letter-templates").status()).isEqualTo(403);
        assertThat(officer.get(CLOSURE).status()).as("those who make letters read the words").isEqualTo(200);
        assertThat(officer.putJson(CLOSURE, revision("Dear {{carer.name}}", 0)).status()).isEqualTo(403);
        assertThat(Api.as(base, "it-admin").get("letter-templates/NO_SUCH_LETTER").status()).isEqualTo(404);
    }

    @Test
    void theAdministratorEditsATemplateAnUnknownPlaceholderIsRefusedByLineAndAStaleVersionConflicts() {
        Api admin = Api.as(base, "it-admin");
        JsonObject original = admin.get(CLOSURE).object();
        long version = original.getJsonNumber("version").longValue();
        assertThat(original.getString("body")).contains("{{child.name}}");
        assertThat(original.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("key")))
                .contains("child.name", "school.name", "attendance.percent", "today");

        Api.Answer refused = admin.putJson(CLOSURE, revision("Dear {{carer.name}},\n\nWe have closed the case of"
                + " {{child.nmae}}.\n{{#school.name}}x{{/school.name}}", version));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("line")).isEqualTo(4);
        assertThat(error.getString("column")).isEqualTo("body");
        assertThat(error.getString("message")).startsWith("Line 4: {{#school.name}} starts a section");
        Api.Answer unknown = admin.putJson(CLOSURE, revision("Dear {{carer.name}},\n\nWe have closed the case of"
                + " {{child.nmae}}.", version));
        assertThat(unknown.status()).isEqualTo(400);
        JsonObject unknownError = unknown.object().getJsonArray("errors").getJsonObject(0);
        assertThat(unknownError.getInt("line")).isEqualTo(3);
        assertThat(unknownError.getString("message")).startsWith("Line 3: {{child.nmae}} is not a placeholder");

        Api.Answer saved = admin.putJson(CLOSURE, revision("Dear {{carer.name}},\r\n\r\nWe have closed the case of"
                + " {{child.name}}.", version));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.object().getJsonNumber("version").longValue()).isEqualTo(version + 1);
        assertThat(saved.object().getString("updatedBy")).isEqualTo("it-admin");
        assertThat(admin.get(CLOSURE).object().getString("body"))
                .isEqualTo("Dear {{carer.name}},\n\nWe have closed the case of {{child.name}}.");

        Api.Answer stale = admin.putJson(CLOSURE, revision("Dear {{carer.name}}, a second change", version));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(admin.putJson(CLOSURE, "{\"body\": \"Dear {{carer.name}}\"}").status()).isEqualTo(400);

        Api.Answer restored = admin.putJson(CLOSURE, Json.createObjectBuilder().add("name", original.getString("name"))
                .add("body", original.getString("body")).add("version", version + 1).build().toString());
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.object().getString("body")).isEqualTo(original.getString("body"));
    }

    private static String revision(String body, long version) {
        return Json.createObjectBuilder().add("body", body).add("version", version).build().toString();
    }
}
