package uk.gov.pathway.web.api.schools;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolDayExceptions;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.boundary.SchoolAttendance;
import uk.gov.pathway.registration.boundary.SchoolRegister;
import uk.gov.pathway.registration.boundary.SchoolSearch;
import uk.gov.pathway.registration.boundary.SchoolSummary;
import uk.gov.pathway.registration.entity.SchoolPhase;

/** The register of schools, as far as the caller may see it: a school attendance lead sees their own school. */
@RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
        Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchoolsResource {

    @EJB
    SchoolRegister register;

    @EJB
    SchoolAttendance attendance;

    @EJB
    SchoolCalendarService calendars;

    /** A page of schools; the header X-Total-Count gives the number of matching schools. */
    @GET
    public Response list(@QueryParam("q") String text, @QueryParam("phase") String phase, @QueryParam("sla") String sla,
                         @QueryParam("sort") @DefaultValue("name") String sort,
                         @QueryParam("order") @DefaultValue("asc") String order,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("100") int limit) {
        SchoolSearch search;
        try {
            search = new SchoolSearch(text, phase == null ? null : SchoolPhase.parse(phase), sla == null ? null : bool(sla),
                    sort, !"desc".equalsIgnoreCase(order), offset, limit);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("query", e.getMessage());
        }
        Page<SchoolSummary> page = register.search(search);
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{laestab}")
    public SchoolSummary one(@PathParam("laestab") String laestab) {
        return register.find(Laestab.of(laestab));
    }

    /** The pupils on roll at the school today with their attendance this academic year and the cohorts they are in. */
    @GET
    @Path("{laestab}/pupils")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
            Roles.SCHOOL_ATTENDANCE_LEAD})
    public SchoolAttendance.SchoolPupils pupils(@PathParam("laestab") String laestab) {
        return attendance.pupilsOf(Laestab.of(laestab));
    }

    /** A school's own closure days (INSET) and extra open days, which school weeks are counted with. */
    public record CalendarExceptions(java.util.Set<java.time.LocalDate> closures, java.util.Set<java.time.LocalDate> openDays) {
    }

    @GET
    @Path("{laestab}/calendar-exceptions")
    public CalendarExceptions exceptions(@PathParam("laestab") String laestab) {
        SchoolDayExceptions exceptions = calendars.exceptionsFor(register.idOf(Laestab.of(laestab)));
        return new CalendarExceptions(exceptions.extraClosures(), exceptions.extraOpenDays());
    }

    @RolesAllowed(Roles.ADMIN)
    @jakarta.ws.rs.PUT
    @Path("{laestab}/calendar-exceptions")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public CalendarExceptions saveExceptions(@PathParam("laestab") String laestab,
            @NotNull(message = "Send \\{\"closures\": [\"2025-09-02\"], \"openDays\": []\\}") CalendarExceptions body) {
        SchoolDayExceptions exceptions;
        try {
            exceptions = new SchoolDayExceptions(body.closures() == null ? java.util.Set.of() : body.closures(),
                    body.openDays() == null ? java.util.Set.of() : body.openDays());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("openDays", e.getMessage());
        }
        calendars.saveExceptions(register.idOf(Laestab.of(laestab)), exceptions);
        return exceptions(laestab);
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("sla must be true or false; got '" + text + "'");
        };
    }
}
