package uk.gov.pathway.web.api.cohorts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.registration.boundary.AttendanceCohorts;
import uk.gov.pathway.web.api.Parameters;

/** Cohorts of pupils across the caller's schools (a school attendance lead: their school). */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
        Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD})
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
        return cohorts.penaltyNoticeThreshold(Parameters.date("asOf", asOf));
    }
}
