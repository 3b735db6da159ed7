package uk.gov.pathway.web.it;

import java.net.URL;
import jakarta.json.JsonObject;
import uk.gov.pathway.fixtures.FictionalCalendar;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** The part of the fictional council (LA 999) that tests need, set up through the API as an administrator would. */
public final class TestCouncil {

    public static final String SCHOOLS = """
            urn,laestab,name,phase,sla
            990001,9991001,Riverside Primary School,PRIMARY,true
            990002,9991002,Hillcrest Academy,SECONDARY,true
            """;

    private TestCouncil() {
    }

    /** The 2025/26 school year of the fictional council; Autumn term 3 Sep - 24 Oct and 3 Nov - 19 Dec 2025. */
    public static final String YEAR_2025 = FictionalCalendar.json(2025);

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
        Api.Answer year = admin.putJson("calendar/2025", YEAR_2025);
        if (year.status() != 200) {
            throw new IllegalStateException("The 2025/26 calendar was not saved: " + year);
        }
    }

    /** A valid fictional UPN of LA 999 (establishment 1001, year 26, the serial given). */
    public static String upn(int serial) {
        String last12 = "9991001" + "26" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }
}
