package uk.gov.pathway.web.api.legal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.integration.csv.CsvRows;
import uk.gov.pathway.integration.imports.PenaltyNoticePaymentsCsv;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.legal.boundary.PenaltyNotices;

/**
 * The council finance system's payments file ({@code text/csv}: reference, amount, paid_on): all rows or none, matched
 * to notices by reference; the unmatched listed in the answer.
 */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
@Path("penalty-notice-payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PenaltyNoticePaymentsResource {

    @EJB
    PenaltyNotices notices;

    @POST
    @Consumes("text/csv")
    public PenaltyNotices.PaymentsImported importFile(byte[] file) {
        CsvRows.Result<PenaltyNotices.ImportedPayment> read = PenaltyNoticePaymentsCsv.read(file == null ? new byte[0] : file);
        if (!read.valid()) {
            throw new InvalidInputException(read.problems());
        }
        return notices.recordPayments(read.items());
    }
}
