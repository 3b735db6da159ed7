package uk.gov.pathway.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.gov.pathway.fixtures.FictionalCalendar;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolDayExceptions;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * A fictional county for the benchmark: schools of LA 999, pupils with valid UPNs, and a full school year (2025/26)
 * of marks, written as the import files of spec/API.md. Fixed seeds: the same scale gives the same county.
 */
final class County {

    /** The fictional council's 2025/26, as the tests and the demo have it. */
    static final String CALENDAR_2025 = FictionalCalendar.json(2025);

    final int schools;
    final int pupilsPerSchool;
    final List<LocalDate> schoolDays = new ArrayList<>();

    County(double scale) {
        this.schools = Math.max(2, (int) Math.round(400 * scale));
        int pupils = Math.max(20, (int) Math.round(250_000 * scale));
        this.pupilsPerSchool = Math.max(1, Math.min(999, (int) Math.ceil(pupils / (double) schools)));
        AcademicYear year = FictionalCalendar.year(2025);
        SchoolDays days = SchoolCalendar.of(year).forSchool(SchoolDayExceptions.NONE);
        for (LocalDate day = year.start(); !day.isAfter(year.end()); day = day.plusDays(1)) {
            if (days.isSessionDay(day)) {
                schoolDays.add(day);
            }
        }
    }

    int pupils() {
        return schools * pupilsPerSchool;
    }

    long marks() {
        return (long) pupils() * schoolDays.size() * 2;
    }

    String laestab(int school) {
        return "999" + String.format("%04d", 1 + school);
    }

    String upn(int school, int serial) {
        String last12 = laestab(school) + "25" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    String schoolsCsv() {
        StringBuilder csv = new StringBuilder("urn,laestab,name,phase,sla\n");
        for (int s = 0; s < schools; s++) {
            csv.append(String.format("%06d", 900_000 + s)).append(',').append(laestab(s)).append(",County School ")
                    .append(s + 1).append(',').append(s % 5 == 0 ? "SECONDARY" : "PRIMARY").append(',')
                    .append(s % 2 == 0).append('\n');
        }
        return csv.toString();
    }

    String pupilsCsv() {
        StringBuilder csv = new StringBuilder("upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n");
        for (int s = 0; s < schools; s++) {
            for (int p = 1; p <= pupilsPerSchool; p++) {
                csv.append(upn(s, p)).append(',').append(laestab(s)).append(",Pupil").append(p).append(",School")
                        .append(s + 1).append(",2015-0").append(1 + p % 9).append("-1").append(p % 10).append(",5,")
                        .append(p % 2 == 0 ? 'F' : 'M').append(",2025-09-01\n");
            }
        }
        return csv.toString();
    }

    /** The year's marks: most pupils attend well; one in ten is persistently absent; some take a week's holiday. */
    void writeAttendance(Path file) throws IOException {
        Random random = new Random(95);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("upn,laestab,date,session,code\n");
            String[] absences = {"I", "I", "M", "N", "O", "U", "G"};
            for (int s = 0; s < schools; s++) {
                String laestab = laestab(s);
                for (int p = 1; p <= pupilsPerSchool; p++) {
                    String prefix = upn(s, p) + "," + laestab + ",";
                    double absence = p % 10 == 0 ? 0.15 : 0.03;
                    for (LocalDate day : schoolDays) {
                        String date = day.toString();
                        for (int session = 0; session < 2; session++) {
                            String code = random.nextDouble() < absence ? absences[random.nextInt(absences.length)]
                                    : session == 0 ? "/" : "\\";
                            out.write(prefix);
                            out.write(date);
                            out.write(session == 0 ? ",AM," : ",PM,");
                            out.write(code);
                            out.write('\n');
                        }
                    }
                }
            }
        }
    }
}
