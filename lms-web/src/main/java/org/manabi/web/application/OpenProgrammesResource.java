package org.manabi.web.application;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.application.ApplicationForms;

/** The programmes anyone may apply for today: the public start page of the application form. */
@Path("public/programmes")
@Produces(MediaType.APPLICATION_JSON)
public class OpenProgrammesResource {

    @Inject
    ApplicationForms forms;

    @GET
    @Operation(summary = "Programmes that take applications now, with their open terms and questions")
    public List<PublicFormView> open() {
        return forms.openForms().stream().map(PublicFormView::of).toList();
    }
}
