package uk.gov.pathway.web.api.panels;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.panels.boundary.PanelRecords;
import uk.gov.pathway.panels.boundary.Panels;

/**
 * Panels (spec/API.md, Panels): their configuration, meetings planned by the chair or the service manager, and cases
 * referred to them by those who work the cases.
 */
@Path("panels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PanelsResource {

    public record NewMeeting(LocalDate date, String time, String place) {
    }

    public record NewReferral(Long caseId, String reason, String overrideReason) {
    }

    @EJB
    Panels panels;

    /** Every panel's configuration: members and agencies, chair, cadence, referral requirements, decisions, quorum. */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
            Roles.LEGAL_OFFICER})
    public List<PanelRecords.PanelView> list() {
        return panels.panels();
    }

    /** POST /panels/{panel}/meetings {"date", "time", "place"}: 201 {"id", "panel", "date"}. */
    @POST
    @Path("{panel}/meetings")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.PANEL_CHAIR, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER})
    public Response plan(@PathParam("panel") String panel, NewMeeting meeting) {
        if (meeting == null) {
            throw new InvalidInputException("date", "a JSON body with date, time and place is required");
        }
        PanelRecords.MeetingCreated created = panels.planMeeting(panel, meeting.date(), meeting.time(),
                meeting.place());
        return Response.created(URI.create("panel-meetings/" + created.id())).entity(created).build();
    }

    /**
     * POST /panels/{panel}/referrals {"caseId", "reason", "overrideReason"}: 201 {"id", "status"}, or 422 with
     * missingEvidence when the panel's requirements are not met (the manager's overrideReason refers it anyway).
     */
    @POST
    @Path("{panel}/referrals")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
            Roles.SCHOOL_ATTENDANCE_LEAD})
    public Response refer(@PathParam("panel") String panel, NewReferral referral) {
        if (referral == null) {
            throw new InvalidInputException("caseId", "a JSON body with caseId and reason is required");
        }
        PanelRecords.ReferralCreated created = panels.refer(panel, referral.caseId(), referral.reason(),
                referral.overrideReason());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The referrals waiting to be listed (the panel's chair, the manager). */
    @GET
    @Path("{panel}/referrals")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.PANEL_CHAIR, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER})
    public List<PanelRecords.ReferralView> waiting(@PathParam("panel") String panel) {
        return panels.waiting(panel);
    }
}
