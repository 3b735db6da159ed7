package uk.gov.pathway.web.api.legal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.gov.pathway.kernel.access.Roles;
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

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

    /** The return as CSV: a header row and one row of figures. */
    private static Response csv(PenaltyNoticeViews.DfeReturn answer, String academicYear) {
        Map<String, Object> figures = figures(answer);
        String csv = String.join(",", figures.keySet()) + "\r\n"
                + String.join(",", figures.values().stream().map(String::valueOf).toList()) + "\r\n";
        return Response.ok(csv, "text/csv; charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"penalty-notices-dfe-return-" + academicYear + ".csv\"").build();
    }

    /** The return as an Excel workbook: one sheet, a measure and its count per row. */
    private static Response xlsx(PenaltyNoticeViews.DfeReturn answer, String academicYear) {
        Map<String, Object> figures = figures(answer);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("DfE return");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("measure");
            header.createCell(1).setCellValue("value");
            int r = 1;
            for (Map.Entry<String, Object> figure : figures.entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(figure.getKey());
                row.createCell(1).setCellValue(((Number) figure.getValue()).doubleValue());
            }
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            return Response.ok(out.toByteArray(), XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"penalty-notices-dfe-return-" + academicYear + ".xlsx\"").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The return's figures in the order of spec/API.md, the nested counts flattened (issuedByReason.HOLIDAY). */
    static Map<String, Object> figures(PenaltyNoticeViews.DfeReturn answer) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("academicYear", answer.academicYear());
        figures.put("issued", answer.issued());
        answer.issuedByReason().forEach((reason, count) -> figures.put("issuedByReason." + reason, count));
        figures.put("paidWithin21Days", answer.paidWithin21Days());
        figures.put("paidIn22To28Days", answer.paidIn22To28Days());
        figures.put("withdrawn", answer.withdrawn());
        answer.withdrawnByGround().forEach((ground, count) -> figures.put("withdrawnByGround." + ground, count));
        figures.put("prosecuted", answer.prosecuted());
        figures.put("unresolved", answer.unresolved());
        return figures;
    }

    private static Integer year(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("academicYear", "academicYear must be the year the academic year starts,"
                    + " e.g. 2026 for 2026/27; got '" + text + "'");
        }
    }
}
