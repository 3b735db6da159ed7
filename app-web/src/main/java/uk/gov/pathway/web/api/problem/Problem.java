package uk.gov.pathway.web.api.problem;

import java.util.List;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An error answer in RFC 9457 form (application/problem+json), with the invalid fields or rows where there are some. */
public record Problem(String type, String title, int status, String detail, String instance, List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Response.ResponseBuilder response(Response.StatusType status, String detail, String instance) {
        return response(status, detail, instance, null);
    }

    public static Response.ResponseBuilder response(Response.StatusType status, String detail, String instance,
                                                    List<ProblemError> errors) {
        return Response.status(status.getStatusCode()).type(PROBLEM_JSON)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, errors));
    }
}
