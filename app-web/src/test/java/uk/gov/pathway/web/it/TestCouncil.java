package uk.gov.pathway.web.it;

import java.net.URL;
import jakarta.json.JsonObject;
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
    public static final String YEAR_2025 = """
            {"start": "2025-09-01", "end": "2026-08-31",
             "periods": [{"name": "Autumn 1", "start": "2025-09-03", "end": "2025-10-24"},
                         {"name": "Autumn 2", "start": "2025-11-03", "end": "2025-12-19"},
                         {"name": "Spring 1", "start": "2026-01-05", "end": "2026-02-13"},
                         {"name": "Spring 2", "start": "2026-02-23", "end": "2026-03-27"},
                         {"name": "Summer 1", "start": "2026-04-13", "end": "2026-05-22"},
                         {"name": "Summer 2", "start": "2026-06-01", "end": "2026-07-21"}],
             "bankHolidays": ["2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                              "2026-05-25", "2026-08-31"],
             "closureDays": []}
            """;

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
