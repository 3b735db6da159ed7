package uk.gov.pathway.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public integration API (spec/API.md), at /pathway/api/v1. Its OpenAPI document is served at /openapi. */
@ApplicationPath("api/v1")
public class RestApplication extends Application {
}
