package uk.gov.pathway.web.api.casework;

import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** The pathway models (presets and a council's own): read by everyone, edited by the administrator. */
@RolesAllowed(Roles.ADMIN)
@Path("pathway-models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PathwayModelsResource {

    public record Copy(@NotBlank(message = "from: name the model to copy") String from,
                       @NotBlank(message = "code: give the new model a code") String code,
                       @NotBlank(message = "name: give the new model a name") String name) {
    }

    public record NewLevel(@NotBlank(message = "code: give the level a code") String code,
                           @NotBlank(message = "name: give the level a name") String name) {
    }

    public record TimescalesEdit(@NotNull(message = "timescales are required") PathwayModel.Timescales timescales,
                                 @NotNull(message = "version: send the version you read") Long version) {
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
    public PathwayModels.ModelView copy(@Valid @NotNull(message = "from, code and name are required") Copy request) {
        return models.copy(request.from(), request.code(), request.name());
    }

    @PUT
    @Path("{code}/timescales")
    public PathwayModels.ModelView timescales(@PathParam("code") String code,
            @Valid @NotNull(message = "timescales and version are required") TimescalesEdit request) {
        return models.updateTimescales(code, request.timescales(), request.version());
    }

    @POST
    @Path("{code}/levels")
    public PathwayModels.ModelView addLevel(@PathParam("code") String code,
            @Valid @NotNull(message = "code and name are required") NewLevel request) {
        return models.addLevel(code, request.code(), request.name());
    }

    @PUT
    @Path("{code}/levels/{level}")
    public PathwayModels.ModelView level(@PathParam("code") String code, @PathParam("level") String level,
                                         @NotNull(message = "the level is required") PathwayModels.LevelEdit edit) {
        return models.updateLevel(code, level, edit);
    }
}
