package uk.gov.pathway.web.api.admin;

import java.time.Instant;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.access.StaffAssignment;
import uk.gov.pathway.registration.boundary.SchoolStaff;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** Which school each school attendance lead works for (administrators only). */
@RolesAllowed(Roles.ADMIN)
@Path("admin/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    public record Assignment(String username, String laestab, String assignedBy, Instant assignedAt) {
        static Assignment of(StaffAssignment a) {
            return new Assignment(a.username(), a.school().value(), a.assignedBy(), a.assignedAt());
        }
    }

    public record AssignSchool(@NotNull(message = LAESTAB) String laestab) {
    }

    @EJB
    SchoolStaff assignments;

    @GET
    public List<Assignment> all() {
        return assignments.all().stream().map(Assignment::of).toList();
    }

    static final String LAESTAB = "Send \\{\"laestab\": \"9991001\"\\}: the school this person leads attendance at";

    @PUT
    @Path("{username}")
    public Assignment assign(@PathParam("username") String username, @Valid @NotNull(message = LAESTAB) AssignSchool body) {
        try {
            return Assignment.of(assignments.assignSchool(username, Laestab.of(body.laestab())));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("laestab", e.getMessage());
        }
    }
}
