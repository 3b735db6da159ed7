package uk.gov.pathway.integration.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolDayExceptions;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.registration.boundary.PupilNumbers;

/**
 * Fictional pupils for the demo council and their registers: most attend well, some are persistently or severely
 * absent, some have holidays in term time. Names are made-up combinations; a fixed seed gives the same demo every time.
 */
final class DemoPupils {

    private static final String[] FORENAMES = {"Ada", "Bilal", "Cora", "Dev", "Elin", "Femi", "Greta", "Hari", "Isla",
            "Jonah", "Kira", "Luca", "Mina", "Nico", "Orla", "Pip", "Quinn", "Rory", "Suki", "Theo", "Uma", "Vik",
            "Wren", "Xavi", "Yara", "Zain"};
    private static final String[] SURNAMES = {"Ashdown", "Brightwell", "Coldharbour", "Dunmore", "Eastleigh",
            "Fallowfield", "Greenhow", "Hartwell", "Ivybridge", "Juniper", "Kestrel", "Larchmont", "Moorcroft",
            "Nettlebed", "Oakhurst", "Pennyfield", "Quarrydale", "Rookwood", "Saltmarsh", "Thistlewood"};

    static final int PER_SCHOOL = 24;

    private DemoPupils() {
    }

    static String upn(String laestab, int serial) {
        return PupilNumbers.withCheckLetter(laestab + "25" + String.format("%03d", serial));
    }

    /** The pupils file (spec/API.md) for the demo schools. */
    static String pupilsCsv(List<String> primaryLaestabs, List<String> secondaryLaestabs) {
        StringBuilder csv = new StringBuilder("upn,laestab,forename,surname,date_of_birth,year_group,gender,sen,"
                + "child_in_care,child_protection_plan,child_in_need,young_carer,fsm,eal,entry_date\n");
        Random random = new Random(999);
        for (String laestab : concat(primaryLaestabs, secondaryLaestabs)) {
            boolean primary = primaryLaestabs.contains(laestab);
            for (int serial = 1; serial <= PER_SCHOOL; serial++) {
                int year = primary ? 1 + random.nextInt(6) : 7 + random.nextInt(5);
                LocalDate born = LocalDate.of(2020 - year, 9, 1).plusDays(random.nextInt(365));
                csv.append(upn(laestab, serial)).append(',').append(laestab).append(',')
                        .append(FORENAMES[random.nextInt(FORENAMES.length)]).append(',')
                        .append(SURNAMES[random.nextInt(SURNAMES.length)]).append(',').append(born).append(',')
                        .append(year).append(',').append(random.nextBoolean() ? "F" : "M").append(',')
                        .append(random.nextInt(8) == 0 ? "K" : random.nextInt(20) == 0 ? "E" : "N").append(',')
                        .append(random.nextInt(30) == 0).append(',').append(random.nextInt(40) == 0).append(',')
                        .append(random.nextInt(15) == 0).append(',').append(random.nextInt(25) == 0).append(',')
                        .append(random.nextInt(4) == 0).append(',').append(random.nextInt(6) == 0).append(',')
                        .append("2025-09-01\n");
            }
        }
        return csv.toString();
    }

    /** The marks file (spec/API.md) from the first day of the calendar to {@code until}, one profile per pupil. */
    static String attendanceCsv(List<String> laestabs, SchoolCalendar calendar, LocalDate until) {
        StringBuilder csv = new StringBuilder("upn,laestab,date,session,code\n");
        SchoolDays days = calendar.forSchool(SchoolDayExceptions.NONE);
        LocalDate first = calendar.firstConfiguredDay().orElseThrow();
        Random random = new Random(2026);
        for (String laestab : laestabs) {
            for (int serial = 1; serial <= PER_SCHOOL; serial++) {
                String upn = upn(laestab, serial);
                // Serial decides the profile: most attend well; every 6th is persistently absent, every 12th severely.
                double absence = serial % 12 == 0 ? 0.55 : serial % 6 == 0 ? 0.16 : serial % 5 == 0 ? 0.07 : 0.02;
                boolean holidays = serial % 8 == 0;
                for (LocalDate day = first; !day.isAfter(until); day = day.plusDays(1)) {
                    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        continue;
                    }
                    if (!days.isSessionDay(day)) {
                        continue;
                    }
                    boolean holiday = holidays && isTermTimeHoliday(day);
                    for (String session : new String[]{"AM", "PM"}) {
                        String code;
                        if (holiday) {
                            code = "G";
                        } else if (random.nextDouble() < absence) {
                            code = pick(random, new String[]{"I", "I", "I", "M", "N", "O", "U", "C"});
                        } else {
                            code = random.nextInt(40) == 0 ? "L" : session.equals("AM") ? "/" : "\\";
                        }
                        csv.append(upn).append(',').append(laestab).append(',').append(day).append(',')
                                .append(session).append(',').append(code).append('\n');
                    }
                }
            }
        }
        return csv.toString();
    }

    /** A week away in term time, before half term in October each year. */
    private static boolean isTermTimeHoliday(LocalDate day) {
        return day.getMonthValue() == 10 && day.getDayOfMonth() >= 13 && day.getDayOfMonth() <= 17;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
