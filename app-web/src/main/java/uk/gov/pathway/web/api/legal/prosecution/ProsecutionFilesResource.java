package uk.gov.pathway.web.api.legal.prosecution;

import java.math.BigDecimal;
import java.util.Base64;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionFiles;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews;
import uk.gov.pathway.web.api.Parameters;

/**
 * Prosecution files (spec/API.md): the list the caller may see ({@code [{"id", "caseId", "section", "status"}]}; a
 * legal officer: only files referred to Legal Services), one file, its evidence bundle as one paginated PDF with an
 * index, the referral to Legal Services (a bare POST), Legal Services' review; and the officer's evidence, versioned
 * signed PDFs, the hearings and outcome, the manager's figures.
 */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.LEGAL_OFFICER})
@Path("prosecution-files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProsecutionFilesResource {

    public static final String PDF = "application/pdf";

    /** A referral may carry nothing: a bare POST refers the file. */
    public record Referral(String note) {
    }

    public record ReviewRequest(String decision, List<String> needed, String reasons, String laidOn) {
    }

    public record S447(String on, String consideration) {
    }

    public record Parent(Long carerId) {
    }

    /**
     * A record of the file: {@code kind} INTERVIEW_UNDER_CAUTION, WITNESS_STATEMENT, CERTIFICATE_S566 (with
     * {@code laestab}) or UNUSED_MATERIAL; optionally the signed PDF as base64 ({@code pdf}) with its title.
     */
    public record EvidenceRequest(String kind, String on, String person, String laestab, String summary,
                                  String exhibits, String documentTitle, String pdf) {
    }

    /** A signed PDF (base64) for the file; the same title again is its next version. */
    public record DocumentRequest(String kind, String title, String pdf) {
    }

    public record HearingRequest(String on, String court, String plea, String verdict, BigDecimal fine,
                                 BigDecimal costs, BigDecimal surcharge, Integer dischargeMonths,
                                 Integer parentingOrderMonths, String programme, Boolean esoDirection,
                                 String nextHearingOn, String notes) {
    }

    public record Laid(String laidOn) {
    }

    @EJB
    ProsecutionFiles files;

    @GET
    public List<ProsecutionViews.FileSummary> list() {
        return files.list();
    }

    @RolesAllowed(Roles.SAS_MANAGER)
    @GET
    @Path("figures")
    public ProsecutionViews.Figures figures() {
        return files.figures();
    }

    @GET
    @Path("{id: \\d+}")
    public ProsecutionViews.FileDetail file(@PathParam("id") long id) {
        return files.detail(id);
    }

    @GET
    @Path("{id: \\d+}/bundle")
    @Produces(PDF)
    public Response bundle(@PathParam("id") long id) {
        ProsecutionViews.Bundle bundle = files.bundle(id);
        return Response.ok(bundle.content(), PDF).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                + bundle.fileName() + "\"").build();
    }

    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    @POST
    @Path("{id: \\d+}/referral")
    public ProsecutionViews.FileSummary refer(@PathParam("id") long id, Referral referral) {
        return files.refer(id);
    }

    @RolesAllowed(Roles.LEGAL_OFFICER)
    @POST
    @Path("{id: \\d+}/review")
    public ProsecutionViews.FileSummary review(@PathParam("id") long id, ReviewRequest r) {
        if (r == null) {
            throw new InvalidInputException("decision", "Send {\"decision\": \"ACCEPTED|RETURNED|DECLINED\","
                    + " \"needed\": [\"…\"]}");
        }
        return files.review(id, new ProsecutionViews.Review(r.decision(), r.needed(), r.reasons(),
                Parameters.date("laidOn", r.laidOn())));
    }

    @RolesAllowed(Roles.LEGAL_OFFICER)
    @POST
    @Path("{id: \\d+}/laid")
    public ProsecutionViews.FileDetail laid(@PathParam("id") long id, Laid laid) {
        return files.laid(id, laid == null ? null : Parameters.date("laidOn", laid.laidOn()));
    }

    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    @POST
    @Path("{id: \\d+}/s447")
    public ProsecutionViews.FileDetail s447(@PathParam("id") long id, S447 s) {
        return files.considerS447(id, s == null ? null : Parameters.date("on", s.on()),
                s == null ? null : s.consideration());
    }

    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    @POST
    @Path("{id: \\d+}/parent")
    public ProsecutionViews.FileDetail parent(@PathParam("id") long id, Parent p) {
        return files.parent(id, p == null ? null : p.carerId());
    }

    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    @POST
    @Path("{id: \\d+}/evidence")
    public Response evidence(@PathParam("id") long id, EvidenceRequest e) {
        if (e == null) {
            throw new InvalidInputException("kind", "Send the record: {\"kind\", \"on\", \"person\", \"summary\"}");
        }
        ProsecutionViews.FileDetail file = files.addEvidence(id, e.kind(), Parameters.date("on", e.on()), e.person(),
                e.laestab(), e.summary(), e.exhibits(), e.documentTitle(), pdf(e.pdf()));
        return Response.status(Response.Status.CREATED).entity(file).build();
    }

    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    @POST
    @Path("{id: \\d+}/documents")
    public Response upload(@PathParam("id") long id, DocumentRequest d) {
        if (d == null) {
            throw new InvalidInputException("pdf", "Send {\"kind\", \"title\", \"pdf\": \"<base64>\"}");
        }
        ProsecutionViews.DocumentView view = files.upload(id, d.kind(), d.title(), pdf(d.pdf()));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("{id: \\d+}/documents/{documentId: \\d+}")
    @Produces(PDF)
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        ProsecutionViews.Bundle d = files.document(id, documentId);
        return Response.ok(d.content(), PDF).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                + d.fileName() + "\"").build();
    }

    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.SAS_MANAGER})
    @POST
    @Path("{id: \\d+}/hearings")
    public ProsecutionViews.FileDetail hearing(@PathParam("id") long id, HearingRequest h) {
        if (h == null) {
            throw new InvalidInputException("on", "Send the hearing: {\"on\", \"plea\", \"verdict\", …}");
        }
        return files.hearing(id, new ProsecutionViews.Hearing(Parameters.date("on", h.on()), h.court(), h.plea(),
                h.verdict(), h.fine(), h.costs(), h.surcharge(), h.dischargeMonths(), h.parentingOrderMonths(),
                h.programme(), h.esoDirection(), Parameters.date("nextHearingOn", h.nextHearingOn()), h.notes()));
    }

    private static byte[] pdf(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("pdf", "pdf is the signed PDF's bytes in base64");
        }
    }
}
