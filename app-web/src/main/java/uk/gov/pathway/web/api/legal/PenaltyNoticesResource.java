package uk.gov.pathway.web.api.legal;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.letters.LetterPdf;
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.legal.boundary.PenaltyNoticeLetters;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork;
import uk.gov.pathway.legal.boundary.PenaltyNotices;

/**
 * Penalty notices (spec/API.md "Penalty notices"): record one (201, or 422 naming the reason RULES.md refuses it),
 * its payments and its withdrawal; read one; the annual DfE return as JSON, CSV ({@code Accept: text/csv}) or Excel.
 */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("penalty-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PenaltyNoticesResource {

    public static final String XLSX = DfeReturnFiles.XLSX;

    @EJB
    PenaltyNotices notices;

    @EJB
    PenaltyNoticeWork work;

    /** The pupils meeting the threshold on the day (council-wide, or one school's), with what is in hand for each. */
    @GET
    @Path("eligible")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.SCHOOL_ATTENDANCE_LEAD})
    public java.util.List<PenaltyNoticeWork.Eligible> eligible(@QueryParam("asOf") String asOf,
                                                              @QueryParam("laestab") String laestab) {
        return work.eligible(uk.gov.pathway.web.api.Parameters.date("asOf", asOf), laestab);
    }

    /**
     * The register (reg 20): every notice the caller may see, newest first, narrowed by {@code q} (a child's name or
     * UPN, a parent's name) and {@code status}; as CSV with {@code Accept: text/csv}.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.SCHOOL_ATTENDANCE_LEAD})
    public Response register(@QueryParam("q") String q, @QueryParam("status") String status,
                             @Context HttpHeaders headers) {
        java.util.List<PenaltyNoticeViews.Notice> found = notices.register(q, status);
        boolean csv = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(t -> !t.isWildcardType() && t.isCompatible(MediaType.valueOf("text/csv"))).orElse(false);
        if (!csv) {
            return Response.ok(found, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(RegisterCsv.write(found), "text/csv; charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"penalty-notice-register.csv\"").build();
    }

    @POST
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public Response issue(PenaltyNotices.NewNotice request) {
        PenaltyNoticeViews.Issued issued = notices.issue(request);
        return Response.created(URI.create("penalty-notices/" + issued.id())).entity(issued).build();
    }

    @GET
    @Path("{id: \\d+}")
    public PenaltyNoticeViews.Notice notice(@PathParam("id") long id) {
        return notices.notice(id);
    }

    @POST
    @Path("{id: \\d+}/payments")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public PenaltyNoticeViews.Notice pay(@PathParam("id") long id, PenaltyNotices.NewPayment request) {
        return notices.pay(id, request);
    }

    @POST
    @Path("{id: \\d+}/withdrawal")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public PenaltyNoticeViews.Notice withdraw(@PathParam("id") long id, PenaltyNotices.NewWithdrawal request) {
        return notices.withdraw(id, request);
    }

    /**
     * The annual DfE return: JSON unless the client asks for CSV ({@code Accept: text/csv}) or Excel (the xlsx type);
     * a client that accepts anything gets JSON.
     */
    @POST
    @Path("{id: \\d+}/refund")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public PenaltyNoticeViews.Notice refund(@PathParam("id") long id, PenaltyNotices.NewRefund request) {
        return notices.refunded(id, request);
    }

    @GET
    @Path("dfe-return")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public Response dfeReturn(@QueryParam("academicYear") String academicYear, @Context HttpHeaders headers) {
        PenaltyNoticeViews.DfeReturn answer = notices.dfeReturn(year(academicYear));
        boolean csv = false;
        boolean xlsx = false;
        for (MediaType wanted : headers.getAcceptableMediaTypes()) {
            if (wanted.isWildcardType() || wanted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                break;
            }
            if (wanted.isCompatible(MediaType.valueOf("text/csv"))) {
                csv = true;
                break;
            }
            if (wanted.isCompatible(MediaType.valueOf(XLSX))) {
                xlsx = true;
                break;
            }
        }
        if (csv) {
            return csv(answer, academicYear);
        }
        if (xlsx) {
            return xlsx(answer, academicYear);
        }
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response csv(PenaltyNoticeViews.DfeReturn answer, String academicYear) {
        return Response.ok(DfeReturnFiles.csv(answer), "text/csv; charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"penalty-notices-dfe-return-" + answer.academicYear() + ".csv\"").build();
    }

    private static Response xlsx(PenaltyNoticeViews.DfeReturn answer, String academicYear) {
        return Response.ok(DfeReturnFiles.xlsx(answer), XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"penalty-notices-dfe-return-" + answer.academicYear() + ".xlsx\"").build();
    }

    private static Integer year(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("academicYear", "academicYear must be the year the academic year starts,"
                    + " e.g. 2026 for 2026/27; got '" + text + "'");
        }
    }

    @EJB
    PenaltyNoticeLetters letters;

    /** {@code {"templateCode": "PENALTY_NOTICE|PENALTY_NOTICE_REMINDER|PENALTY_NOTICE_WITHDRAWAL"}}, to the notice's parent; bare: the notice. */
    @POST
    @Path("{id: \\d+}/letters")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public Response letter(@PathParam("id") long id, PenaltyNoticeLetters.LetterOrder order) {
        LetterView letter = letters.aboutNotice(id, order);
        return Response.created(URI.create("penalty-notices/" + id + "/letters/" + letter.id())).entity(letter).build();
    }

    @GET
    @Path("{id: \\d+}/letters")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public java.util.List<LetterView> letters(@PathParam("id") long id) {
        return letters.of(PenaltyNotices.SUBJECT, id);
    }

    @GET
    @Path("{id: \\d+}/letters/{letterId: \\d+}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public Response letterPdf(@PathParam("id") long id, @PathParam("letterId") long letterId) {
        LetterPdf pdf = letters.pdf(PenaltyNotices.SUBJECT, id, letterId);
        return Response.ok(pdf.content(), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"").build();
    }

    /** {@code {"method": "POST|HAND|EMAIL", "sentOn"}}: how and when the letter went. */
    @POST
    @Path("{id: \\d+}/letters/{letterId: \\d+}/sent")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public LetterView letterSent(@PathParam("id") long id, @PathParam("letterId") long letterId,
                                 PenaltyNoticeLetters.Sent sent) {
        return letters.sent(PenaltyNotices.SUBJECT, id, letterId, sent);
    }
}
