package uk.gov.pathway.web.api.deadlines;

import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.deadlines.StaffDirectory;

/** Where deadline e-mails go: staff's full names, addresses and managers (administrator). */
@RolesAllowed(Roles.ADMIN)
@Path("staff-directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffDirectoryResource {

    public record Entry(String fullName, String email, String phone, String manager) {
    }

    @EJB
    StaffDirectory directory;

    @GET
    public List<StaffDirectory.Contact> all() {
        return directory.all();
    }

    @PUT
    @Path("{username}")
    public StaffDirectory.Contact save(@PathParam("username") String username,
            @NotNull(message = "Send \\{\"fullName\", \"email\", \"phone\", \"manager\"\\}") Entry entry) {
        return directory.save(username, entry.fullName(), entry.email(), entry.phone(), entry.manager());
    }
}
