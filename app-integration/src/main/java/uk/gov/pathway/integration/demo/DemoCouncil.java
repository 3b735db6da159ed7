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
import uk.gov.pathway.integration.imports.SchoolsCsv;
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
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCouncil {

    public static final String SWITCH = "pathway.demo-data";
    private static final Logger LOG = Logger.getLogger(DemoCouncil.class.getName());

    @EJB
    SchoolRegister schools;

    @EJB
    SchoolStaff staff;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        if (schools.search(SchoolSearch.firstPage(1)).total() > 0) {
            LOG.info("Demo council: the register already has schools; nothing loaded");
            return;
        }
        SchoolsCsv.Result read = SchoolsCsv.read(resource("demo/schools.csv"));
        if (!read.valid()) {
            throw new IllegalStateException("The demo schools file is invalid: " + read.problems());
        }
        schools.registerAll(read.registrations());
        read.registrations().forEach(school ->
                staff.assignSchool("school-lead-" + school.laestab().value(), school.laestab()));
        LOG.info("Demo council: loaded " + read.registrations().size() + " fictional schools of LA 999");
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
