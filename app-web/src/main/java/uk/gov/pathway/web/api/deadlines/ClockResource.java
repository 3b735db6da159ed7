package uk.gov.pathway.web.api.deadlines;

import java.time.Instant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.time.ClockControl;
import uk.gov.pathway.kernel.time.ClockView;

/**
 * The server's clock (administrator). On a test server started with -Dpathway.clock=adjustable, PUT moves it and the
 * deadline sweep has run when the answer comes; on any other server PUT answers 404.
 */
@RolesAllowed(Roles.ADMIN)
@Path("clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClockResource {

    public record MoveClock(@NotNull(message = NOW) Instant now) {
    }

    @EJB
    ClockControl clock;

    @GET
    public ClockView now() {
        return clock.now();
    }

    static final String NOW = "Send the time the clock should read, e.g. \\{\"now\": \"2026-01-05T09:00:00Z\"\\}";

    @PUT
    public ClockView move(@Valid @NotNull(message = NOW) MoveClock body) {
        return clock.moveTo(body.now());
    }

    /** Back to real time. */
    @DELETE
    public ClockView reset() {
        return clock.reset();
    }
}
