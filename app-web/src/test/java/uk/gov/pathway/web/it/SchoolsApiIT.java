package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schools slice of the integration contract (spec/API.md) on WildFly, EclipseLink and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void council() {
        TestCouncil.ensure(base);
    }

    @Test
    void aSchoolsFileWithOneBadRowAmongGoodOnesImportsNothingAndReportsThatRow() {
        JsonObject job = Api.as(base, "it-admin").importAndWait("schools", """
                urn,laestab,name,phase,sla
                990301,9993001,Ashby Fields Primary,PRIMARY,true
                990302,9993002,Beacon Hill School,SECONDARY,false
                990303,999300,Cedar Lodge Special School,SPECIAL,true
                990304,9993004,Dale View Nursery,NURSERY,false
                """);

        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getInt("rowsRead")).isEqualTo(4);
        assertThat(job.getInt("rowsImported")).isZero();
        JsonArray errors = job.getJsonArray("errors");
        assertThat(errors).hasSize(1);
        JsonObject error = errors.getJsonObject(0);
        assertThat(error.getInt("line")).isEqualTo(4);
        assertThat(error.getString("column")).isEqualTo("laestab");
        assertThat(error.getString("message")).contains("LAESTAB must be 7 digits").contains("got '999300'");
        assertThat(Api.as(base, "it-admin").get("schools/9993001").status())
                .as("no row of a refused file is imported").isEqualTo(404);
    }

    @Test
    void aValidFileImportsWholeAndAReimportRevisesTheSchools() {
        Api admin = Api.as(base, "it-admin");
        String file = """
                urn,laestab,name,phase,sla
                990401,9994001,Elm Grove Primary,PRIMARY,false
                990402,9994002,Fernhill College,SECONDARY,true
                """;
        JsonObject first = admin.importAndWait("schools", file);
        assertThat(first.getString("status")).isEqualTo("COMPLETED");
        assertThat(first.getInt("rowsImported")).isEqualTo(2);

        JsonObject second = admin.importAndWait("schools", file.replace("Elm Grove Primary,PRIMARY,false",
                "Elm Grove Primary Academy,PRIMARY,true"));
        assertThat(second.getString("status")).isEqualTo("COMPLETED");
        JsonObject school = admin.get("schools/9994001").object();
        assertThat(school.getString("name")).isEqualTo("Elm Grove Primary Academy");
        assertThat(school.getBoolean("sla")).isTrue();
        assertThat(school.getString("urn")).isEqualTo("990401");
    }

    @Test
    void aSchoolAttendanceLeadSeesOnlyTheirOwnSchool() {
        Api lead = Api.as(base, "school-lead-9991001");
        Api.Answer list = lead.get("schools?limit=500");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().asJsonArray()).extracting(s -> s.asJsonObject().getString("laestab"))
                .containsExactly("9991001");
        assertThat(lead.get("schools/9991001").status()).isEqualTo(200);

        Api.Answer other = lead.get("schools/9991002");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");

        assertThat(Api.as(base, "sas-manager").get("schools?limit=500").json().asJsonArray())
                .extracting(s -> s.asJsonObject().getString("laestab")).contains("9991001", "9991002");
    }

    @Test
    void aSchoolLeadWithNoLinkedSchoolSeesNoSchool() {
        assertThat(Api.as(base, "school-lead-9991006").get("schools").json().asJsonArray()).isEmpty();
        assertThat(Api.as(base, "school-lead-9991006").get("schools/9991001").status()).isEqualTo(404);
    }

    @Test
    void aRequestWithoutCredentialsGets401WithABasicChallengeAsProblemJson() {
        HttpResponse<String> response = Api.anonymous(base).send("GET", "schools", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void aWrongPasswordGets401() {
        assertThat(Api.withPassword(base, "sas-manager", "not-the-password").get("schools").status()).isEqualTo(401);
    }

    @Test
    void rolesThatMayNotDoSomethingGet403() {
        Api.Answer leadImportsSchools = Api.as(base, "school-lead-9991001").postCsv("imports/schools", TestCouncil.SCHOOLS);
        assertThat(leadImportsSchools.status()).isEqualTo(403);
        assertThat(leadImportsSchools.object().getString("detail")).isEqualTo("Your role may not import schools");
        assertThat(Api.as(base, "legal-officer").get("schools").status()).isEqualTo(403);
        assertThat(Api.as(base, "claag-member").get("schools").status()).isEqualTo(403);
        assertThat(Api.as(base, "sas-manager").putJson("admin/staff/someone", "{\"laestab\": \"9991001\"}").status())
                .isEqualTo(403);
    }

    @Test
    void anImportJobIsInvisibleToOtherSchoolsLeads() {
        Api admin = Api.as(base, "it-admin");
        String jobId = admin.postCsv("imports/schools", TestCouncil.SCHOOLS).object().getString("jobId");
        assertThat(Api.as(base, "school-lead-9991001").get("imports/" + jobId).status()).isEqualTo(404);
        assertThat(Api.as(base, "sas-manager").get("imports/" + jobId).status()).isEqualTo(200);
    }

    @Test
    void anUnknownImportKindIsABadRequestThatSaysWhatIsAllowed() {
        Api.Answer answer = Api.as(base, "it-admin").postCsv("imports/teachers", "a,b\n1,2\n");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.object().getString("detail")).contains("use schools, pupils or attendance");
    }

    @Test
    void anAcceptedImportAnswers202WithTheJobAndItsLocation() {
        HttpResponse<String> response = Api.as(base, "it-admin").send("POST", "imports/schools", "text/csv", TestCouncil.SCHOOLS);
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/pathway/api/v1/imports/"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        URI openapi = URI.create(base.toString()).resolve("/openapi");
        String document = new String(openapi.toURL().openStream().readAllBytes());
        assertThat(document).contains("/pathway/api/v1/imports/{kind}").contains("/pathway/api/v1/schools");
    }
}
