package uk.gov.pathway.web.api.deadlines;

import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.deadlines.TaskView;
import uk.gov.pathway.kernel.deadlines.Tasks;

/** The caller's inbox of tasks; the service manager's list of what is overdue. */
@PermitAll
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    @EJB
    Tasks tasks;

    @GET
    public List<TaskView> inbox() {
        return tasks.inbox();
    }

    @RolesAllowed(Roles.SAS_MANAGER)
    @GET
    @Path("overdue")
    public List<TaskView> overdue() {
        return tasks.overdue();
    }

    @POST
    @Path("{id: \\d+}/done")
    public TaskView done(@PathParam("id") long id) {
        return tasks.done(id);
    }
}
