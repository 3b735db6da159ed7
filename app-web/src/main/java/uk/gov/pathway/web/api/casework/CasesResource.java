package uk.gov.pathway.web.api.casework;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.pathway.casework.boundary.CaseDetail;
import uk.gov.pathway.casework.boundary.CaseLetters;
import uk.gov.pathway.casework.boundary.CaseRecords;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.casework.entity.Assessment;
import uk.gov.pathway.casework.entity.CaseStatus;
import uk.gov.pathway.casework.entity.Contact;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.Review;
import uk.gov.pathway.casework.entity.ReviewOutcome;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * Cases (spec/API.md: {@code POST /cases}, {@code POST /cases/{id}/step-up}) and the rest of the casework API: the
 * workspace, step down, close, allocate, and Assess, Plan, Do, Review records.
 */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    /** {@code upn} for one child; {@code upns} for siblings worked together. */
    public record NewCase(String upn, List<String> upns, String level, String reason, String referrer, String officer,
                          String model) {
    }

    public record Created(long id, String level, String status) {
    }

    public record StepUp(String overrideReason) {
    }

    public record Reasoned(String reason, String outcome, String note) {
    }

    public record Allocation(String officer, Long version) {
    }

    public record ContactRequest(String kind, LocalDate date, String summary, String notes, String attendees,
                                 Boolean familyPresent, Integer durationMinutes, CaseRecords.PlanDraft plan) {
    }

    public record AssessmentRequest(LocalDate assessedOn, String reasons, String needsEducation, String needsHealth,
                                    String needsCare, String childVoice, String alreadyTried, String supportRequired,
                                    List<CaseRecords.NeededAssessment> assessmentsNeeded) {
    }

    public record Completion(LocalDate completedOn, String notes) {
    }

    public record ActionDone(LocalDate doneOn, String evidence, Long version) {
    }

    public record ReviewRequest(LocalDate reviewedOn, Boolean familyFeltSupported, String childVoice,
                                Boolean considerLegal, String outcome, String closeOutcome, String notes) {
    }

    public record Id(long id) {
    }

    /** A letter to make: the template, the child (UPN; optional for a one-child case), the meeting it invites to. */
    public record LetterOrder(String templateCode, String upn, CaseLetters.Meeting meeting) {
    }

    @EJB
    Cases cases;

    @EJB
    CaseLetters letters;

    @EJB
    CaseWork work;

    /** A page of cases: which page (from 1), its size, how many cases the caller may see in all. */
    public record CasePage(int page, int size, long total, List<CaseSummary> cases) {
    }

    public static final int PAGE_SIZE = 50;

    /**
     * GET /cases?status=&page=&size=: a page of the open (or closed) cases the caller may see, by case number; the
     * header X-Total-Count gives how many there are.
     */
    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("1") String page,
                         @QueryParam("size") @DefaultValue("" + PAGE_SIZE) String size) {
        CaseStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? CaseStatus.OPEN : CaseStatus.valueOf(status.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("status", "status must be OPEN or CLOSED; got '" + status + "'");
        }
        int pageNumber = number("page", page);
        int pageSize = number("size", size);
        Page<CaseSummary> found = cases.readableCases(wanted, pageNumber, pageSize);
        return Response.ok(new CasePage(pageNumber, pageSize, found.total(), found.items()))
                .header("X-Total-Count", found.total()).build();
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number; got '" + text + "'");
        }
    }

    @POST
    public Response open(NewCase request) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON body with upn, level and reason is required");
        }
        List<String> upns = request.upns() != null && !request.upns().isEmpty() ? request.upns()
                : request.upn() == null ? List.of() : List.of(request.upn());
        CaseSummary opened = cases.open(new CaseRecords.NewCase(upns, request.level(), request.reason(),
                request.referrer(), request.officer(), request.model()));
        return Response.created(URI.create("cases/" + opened.id()))
                .entity(new Created(opened.id(), opened.level(), opened.status())).build();
    }

    @GET
    @Path("{id}")
    public CaseDetail detail(@PathParam("id") long id) {
        return work.detail(id);
    }

    @POST
    @Path("{id}/step-up")
    public CaseSummary stepUp(@PathParam("id") long id, StepUp request) {
        return cases.stepUp(id, request == null ? null : request.overrideReason());
    }

    @POST
    @Path("{id}/step-down")
    public CaseSummary stepDown(@PathParam("id") long id, Reasoned request) {
        return cases.stepDown(id, request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/close")
    public CaseSummary close(@PathParam("id") long id, Reasoned request) {
        if (request == null) {
            throw new InvalidInputException("outcome", "outcome is required to close a case");
        }
        return cases.close(id, request.outcome(), request.note());
    }

    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    @POST
    @Path("{id}/allocation")
    public CaseSummary allocate(@PathParam("id") long id, Allocation request) {
        return cases.allocate(id, request == null ? null : request.officer(), request == null ? null : request.version());
    }

    @POST
    @Path("{id}/contacts")
    public Response contact(@PathParam("id") long id, ContactRequest request) {
        work.requireWorks(id);
        if (request == null) {
            throw new InvalidInputException("body", "the contact is required");
        }
        Contact.Details details;
        try {
            details = new Contact.Details(EvidenceKind.of("kind", request.kind()), request.date(), request.summary(),
                    request.notes(), request.attendees(), request.familyPresent(), request.durationMinutes());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("contact", invalid.getMessage());
        }
        return Response.status(Response.Status.CREATED).entity(new Id(work.recordContact(id, details,
                request.plan()))).build();
    }

    @EJB
    uk.gov.pathway.panels.boundary.Panels panels;

    /** The case's referrals to panels (those who work it): where each is, its meeting, what was decided. */
    @GET
    @Path("{id}/panel-referrals")
    public List<uk.gov.pathway.panels.boundary.PanelRecords.ReferralView> panelReferrals(@PathParam("id") long id) {
        return panels.referralsOfCase(id);
    }

    /** A parent's interview under caution (PACE 1984 Code C), recorded before any decision to prosecute. */
    public record InterviewRequest(Long carerId, LocalDate interviewedOn, String place, String present, String caution,
                                   String account, String recordingReference) {
    }

    @POST
    @Path("{id}/interviews-under-caution")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public Response interview(@PathParam("id") long id, InterviewRequest request) {
        work.requireWorks(id);
        CaseRecords.Interview details = request == null ? null : new CaseRecords.Interview(request.carerId(),
                request.interviewedOn(), request.place(), request.present(), request.caution(), request.account(),
                request.recordingReference());
        return Response.status(Response.Status.CREATED).entity(new Id(work.recordInterview(id, details))).build();
    }

    @POST
    @Path("{id}/assessments")
    public Response assessment(@PathParam("id") long id, AssessmentRequest request) {
        work.requireWorks(id);
        if (request == null) {
            throw new InvalidInputException("body", "the assessment is required");
        }
        Assessment.Details details;
        try {
            details = new Assessment.Details(request.assessedOn(), request.reasons(), request.needsEducation(),
                    request.needsHealth(), request.needsCare(), request.childVoice(), request.alreadyTried(),
                    request.supportRequired());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("assessment", invalid.getMessage());
        }
        return Response.status(Response.Status.CREATED)
                .entity(new Id(work.recordAssessment(id, details, request.assessmentsNeeded()))).build();
    }

    @POST
    @Path("{id}/assessments-needed/{neededId}/completed")
    public Response completed(@PathParam("id") long id, @PathParam("neededId") long neededId, Completion request) {
        work.completeAssessment(id, neededId, request == null ? null : request.completedOn(),
                request == null ? null : request.notes());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/plans")
    public Response plan(@PathParam("id") long id, CaseRecords.PlanDraft draft) {
        return Response.status(Response.Status.CREATED).entity(new Id(work.recordPlan(id, draft))).build();
    }

    @POST
    @Path("{id}/actions/{actionId}/done")
    public Response actionDone(@PathParam("id") long id, @PathParam("actionId") long actionId, ActionDone request) {
        work.requireWorks(id);
        if (request == null || request.version() == null) {
            throw new InvalidInputException("version", "doneOn, evidence and version (of the action as read) are required");
        }
        work.actionDone(id, actionId, request.doneOn(), request.evidence(), request.version());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/reviews")
    public Response review(@PathParam("id") long id, ReviewRequest request) {
        work.requireWorks(id);
        if (request == null) {
            throw new InvalidInputException("body", "the review is required");
        }
        Review.Details details;
        try {
            details = new Review.Details(request.reviewedOn(), request.familyFeltSupported(), request.childVoice(),
                    Boolean.TRUE.equals(request.considerLegal()), outcome(request.outcome()), request.notes());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("review", invalid.getMessage());
        }
        return Response.status(Response.Status.CREATED)
                .entity(new Id(work.recordReview(id, details, request.closeOutcome()))).build();
    }

    private static ReviewOutcome outcome(String outcome) {
        try {
            return outcome == null ? null : ReviewOutcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("outcome '" + outcome + "' is not one of "
                    + java.util.Arrays.toString(ReviewOutcome.values()));
        }
    }


    /** POST /cases/{id}/letters: the letter made from the template with the case's data, kept with the case (201). */
    @POST
    @Path("{id}/letters")
    public Response letter(@PathParam("id") long id, LetterOrder order) {
        LetterView made = letters.make(id, order == null ? null
                : new CaseLetters.Order(order.templateCode(), order.upn(), order.meeting()));
        return Response.created(URI.create("letters/" + made.id())).entity(made).build();
    }

    /** GET /cases/{id}/letters: the case's letters, oldest first, with how and when each was sent. */
    @GET
    @Path("{id}/letters")
    public List<LetterView> letters(@PathParam("id") long id) {
        return letters.ofCase(id);
    }
}
