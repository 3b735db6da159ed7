package uk.gov.pathway.web.api.letters;

import java.time.LocalDate;
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
import uk.gov.pathway.casework.boundary.CaseLetters;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.letters.LetterPdf;
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.kernel.letters.SentMethod;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.web.api.Parameters;

/**
 * A case's letter: what it is, its PDF, and the record that it was sent, for those who read (and, to mark it, work)
 * its case. Letters are made with POST /cases/{id}/letters.
 */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("letters/{id: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LettersResource {

    public static final String PDF = "application/pdf";

    /**
     * How and when the letter went. {@code version} is the one read: needed to correct a letter already marked as
     * sent, and checked whenever it is given (409 if the letter changed since).
     */
    public record Sent(String method, String sentOn, Long version) {
    }

    @EJB
    CaseLetters letters;

    @PathParam("id")
    long id;

    @GET
    public LetterView letter() {
        return letters.letter(id);
    }

    @GET
    @Path("pdf")
    @Produces(PDF)
    public Response pdf() {
        LetterPdf pdf = letters.pdf(id);
        return Response.ok(pdf.content(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"").build();
    }

    @POST
    @Path("sent")
    @Consumes(MediaType.APPLICATION_JSON)
    public LetterView sent(Sent sent) {
        letters.requireMarks(id);
        if (sent == null) {
            throw new InvalidInputException("method", "Send how and when the letter was sent: {\"method\": \"POST\","
                    + " \"sentOn\": \"YYYY-MM-DD\"}");
        }
        SentMethod method = SentMethod.parse(sent.method());
        LocalDate on = date(sent.sentOn());
        return letters.markSent(id, method, on, sent.version());
    }

    private static LocalDate date(String text) {
        LocalDate on = Parameters.date("sentOn", text);
        if (on == null) {
            throw new InvalidInputException("sentOn", "Give the date the letter was sent, written YYYY-MM-DD");
        }
        return on;
    }
}
