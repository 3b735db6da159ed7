package uk.gov.pathway.web.api.casework;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.pathway.casework.boundary.Referrals;
import uk.gov.pathway.casework.entity.Referral;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** Referrals from schools, and their triage by officers. */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    public record NewReferral(String upn, Referral.Details form) {
    }

    /** decision: ACCEPT (with level), NOT_SUITABLE (reason, reviewBy), DECLINE (reason). */
    public record Triage(String decision, String level, String reason, LocalDate reviewBy, Long version) {
    }

    @EJB
    Referrals referrals;

    /** For officers: what waits for triage. For school leads: their school's referrals and what became of them. */
    @GET
    public List<Referrals.ReferralView> list(@QueryParam("view") String view) {
        return "triage".equals(view) ? referrals.forTriage() : referrals.ofMySchools();
    }

    /** The form for a pupil, pre-filled from the record (a school attendance lead). */
    @RolesAllowed(Roles.SCHOOL_ATTENDANCE_LEAD)
    @GET
    @Path("form")
    public Referral.Details form(@QueryParam("upn") String upn) {
        if (upn == null || upn.isBlank()) {
            throw new InvalidInputException("upn", "upn (query parameter) is required");
        }
        return referrals.prefill(UniquePupilNumber.of(upn));
    }

    @RolesAllowed(Roles.SCHOOL_ATTENDANCE_LEAD)
    @POST
    public Response refer(NewReferral request) {
        if (request == null || request.upn() == null) {
            throw new InvalidInputException("upn", "upn and form are required");
        }
        Referrals.ReferralView made = referrals.refer(UniquePupilNumber.of(request.upn()), request.form());
        return Response.created(URI.create("referrals/" + made.id())).entity(made).build();
    }

    @GET
    @Path("{id}")
    public Referrals.ReferralView referral(@PathParam("id") long id) {
        return referrals.referral(id);
    }

    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    @POST
    @Path("{id}/triage")
    public Referrals.ReferralView triage(@PathParam("id") long id, Triage request) {
        if (request == null || request.decision() == null || request.version() == null) {
            throw new InvalidInputException("decision", "decision (ACCEPT, NOT_SUITABLE or DECLINE) and version are"
                    + " required");
        }
        return switch (request.decision().strip()) {
            case "ACCEPT" -> referrals.accept(id, request.level(), request.version());
            case "NOT_SUITABLE" -> referrals.notSuitableNow(id, request.reason(), request.reviewBy(), request.version());
            case "DECLINE" -> referrals.decline(id, request.reason(), request.version());
            default -> throw new InvalidInputException("decision", "decision '" + request.decision()
                    + "' is not ACCEPT, NOT_SUITABLE or DECLINE");
        };
    }
}
