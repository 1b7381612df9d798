package org.manabi.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The REST API's root. Resources and providers are discovered by annotation. */
@ApplicationPath("api")
@DeclareRoles({"LEARNER", "INSTRUCTOR", "COMPANY_MANAGER", "COUNSELLOR", "ADMINISTRATOR"})
@OpenAPIDefinition(info = @Info(title = "Manabi API", version = "1",
        description = "Learning management for reskilling and Japanese-language programmes. "
                + "Errors are RFC 9457 application/problem+json.",
        license = @License(name = "AGPL-3.0-or-later", url = "https://www.gnu.org/licenses/agpl-3.0.html")))
public class ManabiApplication extends Application {

    /** The generated WADL would describe internals nobody asked to publish; OpenAPI is the description. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
