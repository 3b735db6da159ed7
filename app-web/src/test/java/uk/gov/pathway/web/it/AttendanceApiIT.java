package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** Pupils and attendance marks through the integration contract (spec/API.md) on WildFly and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceApiIT {

    private static final int PUPILS = 70;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void council() {
        TestCouncil.ensure(base);
        StringBuilder pupils = new StringBuilder("upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n");
        for (int serial = 1; serial <= PUPILS; serial++) {
            pupils.append(TestCouncil.upn(serial)).append(",9991001,Test").append(serial).append(",Pupil,2017-03-0")
                    .append(1 + serial % 9).append(",3,").append(serial % 2 == 0 ? "F" : "M").append(",2025-09-01\n");
        }
        JsonObject job = Api.as(base, "it-admin").importAndWait("pupils", pupils.toString());
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
    }

    /** Every school day of the autumn term 2025, from the test calendar. */
    private static List<LocalDate> autumnDays() {
        List<LocalDate> days = new ArrayList<>();
        addWeekdays(days, LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24));
        addWeekdays(days, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 19));
        return days;
    }

    private static void addWeekdays(List<LocalDate> days, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
    }

    /** Present every session, but pupil 1 absent ill on Mondays and pupil 2 on a term-time holiday 13-17 October. */
    private static String autumnMarks() {
        StringBuilder csv = new StringBuilder("upn,laestab,date,session,code\n");
        for (int serial = 1; serial <= PUPILS; serial++) {
            String upn = TestCouncil.upn(serial);
            for (LocalDate day : autumnDays()) {
                for (String session : new String[]{"AM", "PM"}) {
                    String code = session.equals("AM") ? "/" : "\\";
                    if (serial == 1 && day.getDayOfWeek() == DayOfWeek.MONDAY) {
                        code = "I";
                    }
                    if (serial == 2 && day.isAfter(LocalDate.of(2025, 10, 12)) && day.isBefore(LocalDate.of(2025, 10, 18))) {
                        code = "G";
                    }
                    csv.append(upn).append(",9991001,").append(day).append(',').append(session).append(',').append(code).append('\n');
                }
            }
        }
        return csv.toString();
    }

    @Test
    void anAttendanceFileWithOneBadRowAmongTenThousandImportsNothingThenTheCorrectedFileImportsWhole() {
        Api admin = Api.as(base, "it-admin");
        Api manager = Api.as(base, "sas-manager");
        String good = autumnMarks();
        int rows = good.split("\n").length - 1;
        assertThat(rows).isGreaterThanOrEqualTo(10_000);
        String bad = good.replaceFirst("(?m)^(" + TestCouncil.upn(35) + ",9991001,2025-10-01,AM,)/$", "$1Q7");
        int badLine = lineOf(bad, TestCouncil.upn(35) + ",9991001,2025-10-01,AM,Q7");

        JsonObject refused = admin.importAndWait("attendance", bad);
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getInt("rowsImported")).isZero();
        JsonArray errors = refused.getJsonArray("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.getJsonObject(0).getInt("line")).isEqualTo(badLine);
        assertThat(errors.getJsonObject(0).getString("column")).isEqualTo("code");
        assertThat(errors.getJsonObject(0).getString("message")).contains("'Q7' is not a national attendance code");

        JsonObject imported = admin.importAndWait("attendance", good);
        assertThat(imported.getString("status")).as(imported.toString()).isEqualTo("COMPLETED");
        assertThat(imported.getInt("rowsImported")).isEqualTo(rows);

        JsonObject figures = manager.get("pupils/" + TestCouncil.upn(1) + "/attendance?from=2025-09-01&to=2025-12-31").object();
        int sessions = autumnDays().size() * 2;
        int mondays = (int) autumnDays().stream().filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY).count();
        assertThat(figures.getInt("possibleSessions")).isEqualTo(sessions);
        assertThat(figures.getInt("authorisedAbsenceSessions")).isEqualTo(mondays * 2);
        BigDecimal expected = BigDecimal.valueOf(100L * (sessions - mondays * 2)).divide(BigDecimal.valueOf(sessions), 1,
                RoundingMode.HALF_UP);
        assertThat(figures.getJsonNumber("attendancePercent").bigDecimalValue()).isEqualByComparingTo(expected);
        assertThat(figures.getString("band")).isEqualTo("PERSISTENT");

        JsonObject patterns = manager.get("pupils/" + TestCouncil.upn(1) + "/attendance/patterns?from=2025-09-01&to=2025-12-31").object();
        assertThat(patterns.getInt("spells")).as("one spell each Monday").isEqualTo(mondays);
        assertThat(patterns.getInt("longestSpellSessions")).isEqualTo(2);
        assertThat(patterns.getJsonObject("absencePercentByWeekday").getJsonNumber("MONDAY").doubleValue()).isEqualTo(100.0);
        assertThat(patterns.getJsonObject("absencePercentByWeekday").getJsonNumber("TUESDAY").doubleValue()).isEqualTo(0.0);

        // A school corrects two registers: only those marks change, and each change is kept.
        String corrected = good
                .replace(TestCouncil.upn(3) + ",9991001,2025-09-03,AM,/", TestCouncil.upn(3) + ",9991001,2025-09-03,AM,M")
                .replace(TestCouncil.upn(3) + ",9991001,2025-09-04,PM,\\", TestCouncil.upn(3) + ",9991001,2025-09-04,PM,L");
        assertThat(admin.importAndWait("attendance", corrected).getString("status")).isEqualTo("COMPLETED");
        JsonArray changes = manager.get("pupils/" + TestCouncil.upn(3) + "/attendance/changes").json().asJsonArray();
        assertThat(changes).extracting(c -> c.asJsonObject().getString("date") + " " + c.asJsonObject().getString("session")
                        + " " + c.asJsonObject().getString("oldCode") + ">" + c.asJsonObject().getString("newCode"))
                .containsExactly("2025-09-03 AM />M", "2025-09-04 PM \\>L");
        assertThat(manager.get("pupils/" + TestCouncil.upn(4) + "/attendance/changes").json().asJsonArray()).isEmpty();

        // Pupil 2's week of holiday in term time meets the national penalty notice threshold.
        JsonObject threshold = manager.get("pupils/" + TestCouncil.upn(2) + "/penalty-notice-threshold?asOf=2025-10-20").object();
        assertThat(threshold.getBoolean("met")).isTrue();
        assertThat(threshold.getInt("unauthorisedSessionsInWindow")).isEqualTo(10);
        assertThat(threshold.getJsonArray("sessions").getString(0)).isEqualTo("2025-10-13/AM");
        assertThat(manager.get("pupils/" + TestCouncil.upn(1) + "/penalty-notice-threshold?asOf=2025-10-20").object()
                .getBoolean("met")).isFalse();

        // The council-wide cohort applies the same rule to every pupil; a school lead sees their own school's only.
        JsonObject council = manager.get("cohorts/penalty-notice-threshold?asOf=2025-10-20").object();
        JsonArray cohort = council.getJsonArray("pupils");
        // Every pupil with marks is evaluated, not only those the database finds with 10 unauthorised sessions or more.
        assertThat(council.getInt("pupilsEvaluated")).isGreaterThanOrEqualTo(4);
        assertThat(cohort).extracting(p -> p.asJsonObject().getString("upn")).contains(TestCouncil.upn(2))
                .doesNotContain(TestCouncil.upn(1));
        assertThat(Api.as(base, "school-lead-9991002").get("cohorts/penalty-notice-threshold?asOf=2025-10-20").object()
                .getJsonArray("pupils")).isEmpty();
    }

    @Test
    void aSchoolLeadGets404ForAnotherSchoolsPupilAndSeesTheirOwn() {
        String upn = TestCouncil.upn(5);
        assertThat(Api.as(base, "school-lead-9991002").get("pupils/" + upn).status()).isEqualTo(404);
        assertThat(Api.as(base, "school-lead-9991002").get("pupils/" + upn + "/attendance").status()).isEqualTo(404);
        assertThat(Api.as(base, "school-lead-9991002").get("pupils/" + upn + "/penalty-notice-threshold").status()).isEqualTo(404);
        assertThat(Api.as(base, "school-lead-9991001").get("pupils/" + upn).status()).isEqualTo(200);
        assertThat(Api.as(base, "school-lead-9991001").get("pupils/" + upn + "/attendance").status()).isEqualTo(200);
    }

    @Test
    void aSchoolLeadsRowForAnotherSchoolIsAnInvalidRow() {
        String file = "upn,laestab,date,session,code\n" + TestCouncil.upn(6) + ",9991002,2025-09-03,AM,/\n";
        JsonObject job = Api.as(base, "school-lead-9991001").importAndWait("attendance", file);
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("School 9991002 is not your school: you may import marks of your own school only");
    }

    @Test
    void marksForAPupilNotOnRollInTheFutureOrOutsideTheCalendarAreInvalidRows() {
        String file = "upn,laestab,date,session,code\n"
                + TestCouncil.upn(7) + ",9991002,2025-09-03,AM,/\n"
                + TestCouncil.upn(7) + ",9991001,2099-09-03,AM,/\n"
                + TestCouncil.upn(7) + ",9991001,2019-09-03,AM,/\n"
                + TestCouncil.upn(7) + ",9991001,2025-09-03,XM,/\n";
        JsonObject job = Api.as(base, "it-admin").importAndWait("attendance", file);
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getJsonArray("errors")).extracting(e -> e.asJsonObject().getInt("line") + " "
                        + e.asJsonObject().getString("column"))
                .containsExactly("2 upn", "3 date", "4 date", "5 session");
    }

    private static int lineOf(String file, String text) {
        String[] lines = file.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text + " is not in the file");
    }
}
