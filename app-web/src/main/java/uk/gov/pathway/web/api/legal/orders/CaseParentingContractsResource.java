package uk.gov.pathway.web.api.legal.orders;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.legal.orders.boundary.ParentingContracts;
import uk.gov.pathway.web.api.Parameters;

/** A case's parenting contracts: record one signed (its letter is made with it); list them. */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
@Path("cases/{id: \\d+}/parenting-contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseParentingContractsResource {

    public record NewContract(String upn, List<String> parties, String parentCommitments, String supportCommitments,
                              String signedOn, Integer reviewEveryWeeks) {
    }

    @EJB
    ParentingContracts contracts;

    @PathParam("id")
    long caseId;

    @POST
    public Response sign(NewContract c) {
        if (c == null) {
            throw new InvalidInputException("parties", "Send the parties, commitments and the day signed");
        }
        ParentingContracts.ContractView made = contracts.sign(caseId, new ParentingContracts.NewContract(c.upn(),
                c.parties(), c.parentCommitments(), c.supportCommitments(), Parameters.date("signedOn", c.signedOn()),
                c.reviewEveryWeeks()));
        return Response.created(URI.create("parenting-contracts/" + made.id())).entity(made).build();
    }

    @GET
    public List<ParentingContracts.ContractView> ofCase() {
        return contracts.ofCase(caseId);
    }
}
