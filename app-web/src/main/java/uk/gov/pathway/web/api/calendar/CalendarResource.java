package uk.gov.pathway.web.api.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.TermPeriod;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** The council's school calendar: anyone signed in reads it; the administrator keeps it. */
@RolesAllowed(Roles.ADMIN)
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    public record Period(String name, LocalDate start, LocalDate end) {
    }

    public record Year(String label, @NotNull(message = "start: the year's first day, YYYY-MM-DD") LocalDate start,
                       @NotNull(message = "end: the year's last day, YYYY-MM-DD") LocalDate end,
                       @NotNull(message = "periods: the half terms, each with name, start and end") List<Period> periods,
                       Set<LocalDate> bankHolidays, Set<LocalDate> closureDays) {
        static Year of(AcademicYear y) {
            return new Year(y.label(), y.start(), y.end(),
                    y.periods().stream().map(p -> new Period(p.name(), p.start(), p.end())).toList(),
                    y.bankHolidays(), y.closureDays());
        }

        AcademicYear toAcademicYear(String label) {
            try {
                return new AcademicYear(label, start, end,
                        periods.stream().map(p -> new TermPeriod(p.name(), p.start(), p.end())).toList(),
                        bankHolidays == null ? Set.of() : bankHolidays, closureDays == null ? Set.of() : closureDays);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("year", e.getMessage());
            }
        }
    }

    @EJB
    SchoolCalendarService calendar;

    @PermitAll
    @GET
    public List<Year> years() {
        return calendar.calendar().academicYears().stream().map(Year::of).toList();
    }

    /** Adds or replaces the academic year that starts in {startYear}, e.g. PUT /calendar/2025 for 2025/26. */
    @PUT
    @Path("{startYear: \\d{4}}")
    public Year save(@PathParam("startYear") int startYear,
                     @Valid @NotNull(message = "Send the academic year as JSON") Year year) {
        String label = startYear + "/" + String.format("%02d", (startYear + 1) % 100);
        if (year.label() != null && !year.label().equals(label)) {
            throw new InvalidInputException("label", "The year starting in " + startYear + " is " + label + ", not " + year.label());
        }
        AcademicYear academicYear = year.toAcademicYear(label);
        calendar.save(academicYear);
        return Year.of(academicYear);
    }
}
