package uk.gov.pathway.integration.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import uk.gov.pathway.integration.imports.ImportLauncher;
import uk.gov.pathway.integration.csv.CsvRows;
import uk.gov.pathway.integration.imports.ImportSpool;
import uk.gov.pathway.integration.imports.PupilsCsv;
import uk.gov.pathway.integration.imports.SchoolsCsv;
import uk.gov.pathway.fixtures.FictionalCalendar;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.deadlines.StaffDirectory;
import uk.gov.pathway.kernel.jobs.ImportJobs;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.jobs.ImportKind;
import uk.gov.pathway.kernel.jobs.ImportStatus;
import uk.gov.pathway.registration.boundary.PupilRegister;
import uk.gov.pathway.registration.boundary.PupilRegistration;
import uk.gov.pathway.registration.boundary.SchoolRegistration;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.registration.boundary.SchoolRegister;
import uk.gov.pathway.registration.boundary.SchoolSearch;
import uk.gov.pathway.registration.boundary.SchoolStaff;

/**
 * Loads the fictional council of spec/API.md (LA 999) when the server starts with -Dpathway.demo-data=true, and only
 * into an empty register. The data goes through the same reading and registering code as a real import.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "ImportRecovery"})
@RunAs(Roles.ADMIN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCouncil {

    public static final String SWITCH = "pathway.demo-data";
    private static final String MARKS = "marks:";
    private static final String CASES = "cases:";
    private static final Logger LOG = Logger.getLogger(DemoCouncil.class.getName());

    @EJB
    SchoolRegister schools;

    @EJB
    SchoolStaff staff;

    @EJB
    SchoolCalendarService calendars;

    @EJB
    PupilRegister pupils;

    @EJB
    StaffDirectory directory;

    @EJB
    ImportJobs jobs;

    @Inject
    ImportSpool spool;

    @Inject
    Clock clock;

    @EJB
    ImportLauncher launcher;

    @Resource
    TimerService timers;

    @EJB
    DemoCases demoCases;

    @EJB
    DemoFamilies demoFamilies;

    @EJB
    DemoPanels demoPanels;

    @EJB
    DemoPenaltyNotices demoPenaltyNotices;

    @EJB
    DemoPenaltyNoticeRequests demoPenaltyNoticeRequests;

    @EJB
    DemoLegal demoLegal;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        if (schools.search(SchoolSearch.firstPage(1)).total() > 0) {
            LOG.info("Demo council: the register already has schools; nothing loaded");
            return;
        }
        CsvRows.Result<SchoolRegistration> read = SchoolsCsv.read(resource("demo/schools.csv"));
        if (!read.valid()) {
            throw new IllegalStateException("The demo schools file is invalid: " + read.problems());
        }
        schools.registerAll(read.items());
        read.items().forEach(school ->
                staff.assignSchool("school-lead-" + school.laestab().value(), school.laestab()));
        FictionalCalendar.years(2025, 2026).forEach(calendars::save);
        fillStaffDirectory();
        schools.assignLinkOfficer(new Laestab("9991001"), "traded-officer");

        List<String> primary = laestabs(read, "PRIMARY");
        List<String> secondary = laestabs(read, "SECONDARY");
        CsvRows.Result<PupilRegistration> pupilRows = PupilsCsv.read(DemoPupils.pupilsCsv(primary, secondary).getBytes(StandardCharsets.UTF_8));
        if (!pupilRows.valid()) {
            throw new IllegalStateException("The demo pupils are invalid: " + pupilRows.problems());
        }
        pupils.registerAll(pupilRows.items(), null, "the demo council's pupils file");
        int families = demoFamilies.link(pupilRows.items());

        // The marks go through the attendance batch job like any school's file, started once the application runs.
        List<String> all = java.util.stream.Stream.concat(primary.stream(), secondary.stream()).toList();
        String marks = DemoPupils.attendanceCsv(all, calendars.calendar(), LocalDate.now(clock).minusDays(1));
        String jobId = jobs.queue(ImportKind.ATTENDANCE);
        jobs.received(jobId, spool.store(jobId, new ByteArrayInputStream(marks.getBytes(StandardCharsets.UTF_8)),
                Long.MAX_VALUE));
        timers.createSingleActionTimer(5_000, new TimerConfig(MARKS + jobId, false));
        LOG.info("Demo council: loaded " + read.items().size() + " fictional schools of LA 999, the school"
                + " calendar, " + pupilRows.items().size() + " pupils in " + families + " two-child families and singles;"
                + " their marks are importing as job " + jobId);
    }

    /** Who the demo accounts are, for the e-mails deadlines send (fictional names, example addresses). */
    private void fillStaffDirectory() {
        String[][] staff = {
                {"sas-manager", "Morgan Ashdown", null},
                {"statutory-officer", "Robin Fairley", "sas-manager"},
                {"traded-officer", "Sam Kettering", "sas-manager"},
                {"early-help-worker", "Jo Underhill", "sas-manager"},
                {"claag-chair", "Alex Brambleton", "sas-manager"},
                {"legal-officer", "Chris Oakhurst", null},
                {"it-admin", "Taylor Winterbourne", null}};
        int line = 100;
        for (String[] person : staff) {
            // 01632 960xxx: numbers set aside for drama, never a real line
            directory.save(person[0], person[1], person[0] + "@demo-council.example", "01632 960" + line++, person[2]);
        }
    }

    /** First the marks import starts; then, once it has finished, the casework (reviews compare the marks). */
    @Timeout
    void afterStart(Timer timer) {
        String info = (String) timer.getInfo();
        if (info.startsWith(MARKS)) {
            String jobId = info.substring(MARKS.length());
            launcher.launch(jobId, ImportKind.ATTENDANCE);
            timers.createIntervalTimer(5_000, 5_000, new TimerConfig(CASES + jobId, false));
            return;
        }
        ImportStatus status = jobs.find(info.substring(CASES.length())).status();
        if (status == ImportStatus.QUEUED || status == ImportStatus.RUNNING) {
            return;
        }
        timer.cancel();
        if (status == ImportStatus.FAILED) {
            LOG.warning("Demo council: the marks import failed, so no demo cases were loaded");
            return;
        }
        demoCases.load();
        demoPanels.load();
        try {
            demoPenaltyNotices.load();
            demoPenaltyNoticeRequests.load();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Demo council: the penalty notices' demo was not loaded", e);
        }
        try {
            demoLegal.load();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Demo council: the legal measures were not loaded", e);
        }
    }

    /** The schools of a phase as the schools file names it (PRIMARY, SECONDARY). */
    private static List<String> laestabs(CsvRows.Result<SchoolRegistration> read, String phase) {
        return read.items().stream().filter(s -> s.phase().name().equals(phase)).map(s -> s.laestab().value()).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoCouncil.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
