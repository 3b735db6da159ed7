package uk.gov.pathway.web.api.panels;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.panels.boundary.PanelRecords;
import uk.gov.pathway.panels.boundary.Panels;

/**
 * A panel's meetings (spec/API.md, Panels): the agenda, the papers per case, and running the meeting (publication,
 * attendance, conflicts of interest, minutes, decisions). A meeting is visible to its panel's members and chair and the
 * service manager only (404 to anyone else); the chair and the manager run it.
 */
@Path("panel-meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public class PanelMeetingsResource {

    public static final String PDF = "application/pdf";

    public record Listing(Long referralId) {
    }

    public record Attendance(List<PanelRecords.Present> people) {
    }

    public record ConflictDeclared(Long caseId, String username, String reason) {
    }

    public record Minutes(String minutes, Long version) {
    }

    @EJB
    Panels panels;

    /** The coming meetings of the caller's panels (the manager: every panel's), soonest first. */
    @GET
    public List<PanelRecords.MeetingRow> upcoming() {
        return panels.upcoming();
    }

    /** GET /panel-meetings/{id}: the meeting with "agenda": [{"caseId", "referralId"}]. */
    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
            Roles.LEGAL_OFFICER})
    public PanelRecords.MeetingView meeting(@PathParam("id") long id) {
        return panels.meeting(id);
    }

    /** POST /panel-meetings/{id}/agenda {"referralId"}: lists the referral's case (the chair). */
    @POST
    @Path("{id: \\d+}/agenda")
    public Response list(@PathParam("id") long id, Listing listing) {
        PanelRecords.AgendaEntry entry = panels.list(id, listing == null ? null : listing.referralId());
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    /** GET /panel-meetings/{id}/papers/{caseId}: the case's papers as one PDF. */
    @GET
    @Path("{id: \\d+}/papers/{caseId: \\d+}")
    @Produces(PDF)
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
            Roles.LEGAL_OFFICER})
    public Response papers(@PathParam("id") long id, @PathParam("caseId") long caseId) {
        Panels.Papers papers = panels.papers(id, caseId);
        return Response.ok(papers.content(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + papers.fileName() + "\"").build();
    }

    /** The agenda published to the members (the chair). */
    @POST
    @Path("{id: \\d+}/publication")
    public PanelRecords.MeetingView publish(@PathParam("id") long id) {
        return panels.publish(id);
    }

    /** Who was present and who sent apologies: {"people": [{"username", "status": "PRESENT|APOLOGIES"}]}. */
    @PUT
    @Path("{id: \\d+}/attendance")
    public PanelRecords.MeetingView attendance(@PathParam("id") long id, Attendance attendance) {
        return panels.attendance(id, attendance == null ? null : attendance.people());
    }

    /** A member's conflict of interest in a case on the agenda: no papers of that case for them. */
    @POST
    @Path("{id: \\d+}/conflicts")
    public PanelRecords.MeetingView conflict(@PathParam("id") long id, ConflictDeclared conflict) {
        return conflict == null ? panels.conflict(id, null, null, null)
                : panels.conflict(id, conflict.caseId(), conflict.username(), conflict.reason());
    }

    @PUT
    @Path("{id: \\d+}/minutes")
    public PanelRecords.MeetingView minutes(@PathParam("id") long id, Minutes minutes) {
        return minutes == null ? panels.minutes(id, null, null) : panels.minutes(id, minutes.minutes(), minutes.version());
    }

    /** The panel's decision on a case on the agenda, with its reasons and actions (the chair): 201. */
    @POST
    @Path("{id: \\d+}/decisions")
    public Response decide(@PathParam("id") long id, PanelRecords.DecisionRequest decision) {
        return Response.status(Response.Status.CREATED).entity(panels.decide(id, decision)).build();
    }
}
