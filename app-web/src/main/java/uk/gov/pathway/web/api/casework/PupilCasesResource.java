package uk.gov.pathway.web.api.casework;

import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** A child's cases (spec/API.md: {@code GET /pupils/{upn}/cases}). */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("pupils/{upn}/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PupilCasesResource {

    @EJB
    Cases cases;

    @PathParam("upn")
    String upn;

    @GET
    public List<CaseSummary> cases() {
        return cases.ofPupil(UniquePupilNumber.of(upn));
    }
}
