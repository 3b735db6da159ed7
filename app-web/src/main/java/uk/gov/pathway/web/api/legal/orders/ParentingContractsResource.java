package uk.gov.pathway.web.api.legal.orders;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.legal.orders.boundary.ParentingContracts;
import uk.gov.pathway.web.api.Parameters;

/** A review of a parenting contract: the next review, or its outcome. */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
@Path("parenting-contracts/{id: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParentingContractsResource {

    public record ContractReview(String on, String notes, String outcome) {
    }

    @EJB
    ParentingContracts contracts;

    @PathParam("id")
    long id;

    @POST
    @Path("reviews")
    public ParentingContracts.ContractView review(ContractReview r) {
        return contracts.review(id, r == null ? null : Parameters.date("on", r.on()), r == null ? null : r.notes(),
                r == null ? null : r.outcome());
    }
}
