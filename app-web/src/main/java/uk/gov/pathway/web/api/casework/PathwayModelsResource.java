package uk.gov.pathway.web.api.casework;

import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.casework.boundary.PathwayModels;
import uk.gov.pathway.casework.entity.PathwayModel;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** The pathway models (presets and a council's own): read by everyone, edited by the administrator. */
@RolesAllowed(Roles.ADMIN)
@Path("pathway-models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PathwayModelsResource {

    public record Copy(String from, String code, String name) {
    }

    public record NewLevel(String code, String name) {
    }

    public record TimescalesEdit(PathwayModel.Timescales timescales, Long version) {
    }

    @EJB
    PathwayModels models;

    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER})
    @GET
    public List<PathwayModels.ModelView> all() {
        return models.all();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER})
    @GET
    @Path("{code}")
    public PathwayModels.ModelView model(@PathParam("code") String code) {
        return models.view(code);
    }

    @POST
    @Path("{code}/activation")
    public PathwayModels.ModelView activate(@PathParam("code") String code) {
        return models.activate(code);
    }

    @POST
    public PathwayModels.ModelView copy(Copy request) {
        if (request == null) {
            throw new InvalidInputException("body", "from, code and name are required");
        }
        return models.copy(request.from(), request.code(), request.name());
    }

    @PUT
    @Path("{code}/timescales")
    public PathwayModels.ModelView timescales(@PathParam("code") String code, TimescalesEdit request) {
        if (request == null || request.timescales() == null || request.version() == null) {
            throw new InvalidInputException("timescales", "timescales and version are required");
        }
        return models.updateTimescales(code, request.timescales(), request.version());
    }

    @POST
    @Path("{code}/levels")
    public PathwayModels.ModelView addLevel(@PathParam("code") String code, NewLevel request) {
        if (request == null) {
            throw new InvalidInputException("body", "code and name are required");
        }
        return models.addLevel(code, request.code(), request.name());
    }

    @PUT
    @Path("{code}/levels/{level}")
    public PathwayModels.ModelView level(@PathParam("code") String code, @PathParam("level") String level,
                                         PathwayModels.LevelEdit edit) {
        if (edit == null) {
            throw new InvalidInputException("body", "the level is required");
        }
        return models.updateLevel(code, level, edit);
    }
}
