package uk.gov.pathway.web.api.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import uk.gov.pathway.integration.exports.AuditCsv;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditQuery;
import uk.gov.pathway.kernel.audit.AuditSearch;
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.web.api.Parameters;

/** The audit trail, for the service manager and the administrator: search, newest first, and download as CSV. */
@RolesAllowed({Roles.SAS_MANAGER, Roles.ADMIN})
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public static final int PAGE_SIZE = 50;

    /** A page of entries: which page (from 1), its size, how many entries match in all. */
    public record AuditPage(int page, int pageSize, long total, List<AuditSearch.Entry> entries) {
    }

    @EJB
    AuditSearch search;

    @Inject
    Clock clock;

    /** GET /audit?user=&upn=&action=&from=&to=&page=&size=; the header X-Total-Count gives the number matching. */
    @GET
    public Response entries(@QueryParam("user") String user, @QueryParam("upn") String upn,
                            @QueryParam("action") String action, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("1") String page,
                            @QueryParam("size") @DefaultValue("" + PAGE_SIZE) String size) {
        AuditQuery query = query(user, upn, action, from, to);
        int pageNumber = number("page", page);
        int pageSize = number("size", size);
        if (pageNumber < 1) {
            throw new InvalidInputException("page", "page must be 1 or more; got " + page);
        }
        Page<AuditSearch.Entry> found = search.search(query, (pageNumber - 1) * pageSize, pageSize);
        return Response.ok(new AuditPage(pageNumber, pageSize, found.total(), found.items()))
                .header("X-Total-Count", found.total()).build();
    }

    /** GET /audit/export?user=&upn=&action=&from=&to=: every matching entry (up to 100,000) as a CSV file. */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("user") String user, @QueryParam("upn") String upn,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        List<AuditSearch.Entry> entries = search.export(query(user, upn, action, from, to));
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            AuditCsv.write(entries, clock.getZone(), writer);
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"").build();
    }

    private static AuditQuery query(String user, String upn, String action, String from, String to) {
        return new AuditQuery(user, upn, AuditQuery.action(action), Parameters.date("from", from), Parameters.date("to", to));
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number; got '" + text + "'");
        }
    }

}
