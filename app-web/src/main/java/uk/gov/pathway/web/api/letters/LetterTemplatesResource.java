package uk.gov.pathway.web.api.letters;

import java.time.Instant;
import java.util.Arrays;
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
import uk.gov.pathway.kernel.letters.LetterField;
import uk.gov.pathway.kernel.letters.LetterTemplates;
import uk.gov.pathway.kernel.letters.TemplateView;

/** The letter templates: council staff list them; the administrator reads and edits one, with its placeholders. */
@RolesAllowed(Roles.ADMIN)
@Path("letter-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterTemplatesResource {

    /** A placeholder a template may use, written {{key}}, with a fictional example of its value. */
    public record Field(String key, String description, String example) {
    }

    public record Template(String code, String name, String body, long version, String updatedBy, Instant updatedAt,
                           List<Field> fields) {
        static Template of(TemplateView t) {
            return new Template(t.code(), t.name(), t.body(), t.version(), t.updatedBy(), t.updatedAt(),
                    Arrays.stream(LetterField.values()).map(f -> new Field(f.key(), f.description(), f.example())).toList());
        }
    }

    /** New words for a template as read at {@code version}; the name stays when left out. */
    public record Revision(String name, String body,
                           @NotNull(message = "Send the template's body with the version you read") Long version) {
    }

    @EJB
    LetterTemplates templates;

    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER})
    @GET
    public List<TemplateView> all() {
        return templates.all();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER})
    @GET
    @Path("{code}")
    public Template template(@PathParam("code") String code) {
        return Template.of(templates.template(code));
    }

    @PUT
    @Path("{code}")
    public Template save(@PathParam("code") String code,
            @Valid @NotNull(message = "Send the template's body with the version you read") Revision revision) {
        return Template.of(templates.save(code, revision.name(), revision.body(), revision.version()));
    }
}
