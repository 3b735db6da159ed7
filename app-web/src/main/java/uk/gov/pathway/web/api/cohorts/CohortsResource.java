package uk.gov.pathway.web.api.cohorts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.boundary.AttendanceCohorts;

/** Cohorts of pupils across the caller's schools (a school attendance lead: their school). */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortsResource {

    @EJB
    AttendanceCohorts cohorts;

    /** Pupils who meet the national penalty notice threshold on the date (default today). */
    @GET
    @Path("penalty-notice-threshold")
    public AttendanceCohorts.ThresholdCohort penaltyNoticeThreshold(@QueryParam("asOf") String asOf) {
        LocalDate day = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("asOf", "asOf must be a date written YYYY-MM-DD; got '" + asOf + "'");
            }
        }
        return cohorts.penaltyNoticeThreshold(day);
    }
}
