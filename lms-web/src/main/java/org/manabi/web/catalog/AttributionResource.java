package org.manabi.web.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The licences and attributions of the bundled course data, which their licences (CC BY, CC BY-SA)
 * require us to show: served as content-samples ships them.
 */
@Path("library/attributions")
@Produces(MediaType.APPLICATION_JSON)
public class AttributionResource {

    static final String RESOURCE = "org/manabi/samples/ATTRIBUTIONS.json";

    private static volatile String cached;

    @GET
    @Operation(summary = "Sources and licences of the bundled course data")
    public String attributions() {
        String json = cached;
        if (json == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
                json = in == null ? "[]" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cached = json;
        }
        return json;
    }
}
