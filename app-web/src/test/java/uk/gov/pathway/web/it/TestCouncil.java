package uk.gov.pathway.web.it;

import java.net.URL;
import jakarta.json.JsonObject;

/** The part of the fictional council (LA 999) that tests need, set up through the API as an administrator would. */
public final class TestCouncil {

    public static final String SCHOOLS = """
            urn,laestab,name,phase,sla
            990001,9991001,Riverside Primary School,PRIMARY,true
            990002,9991002,Hillcrest Academy,SECONDARY,true
            """;

    private TestCouncil() {
    }

    /** Registers schools 9991001 and 9991002 and links school-lead-9991001 to 9991001; safe to repeat. */
    public static void ensure(URL base) {
        Api admin = Api.as(base, "it-admin");
        JsonObject job = admin.importAndWait("schools", SCHOOLS);
        if (!job.getString("status").equals("COMPLETED")) {
            throw new IllegalStateException("Test schools not imported: " + job);
        }
        Api.Answer linked = admin.putJson("admin/staff/school-lead-9991001", "{\"laestab\": \"9991001\"}");
        if (linked.status() != 200) {
            throw new IllegalStateException("school-lead-9991001 not linked: " + linked);
        }
    }
}
