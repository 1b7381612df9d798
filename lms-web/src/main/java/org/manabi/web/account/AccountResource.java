package org.manabi.web.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.identity.Role;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/** Administrators issue accounts. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class AccountResource {

    @Inject
    AccountAdministration administration;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an account with a one-time password, shown only in this response")
    public Response issue(@Valid @NotNull IssueAccountRequest request, @Context SecurityContext caller,
                          @Context UriInfo uriInfo) {
        String path = uriInfo.getRequestUri().getRawPath();
        if (administration.exists(request.loginId())) {
            return Problems.response(409, "login-id-taken", "Login ID taken",
                    "Another account already uses this login ID.", path,
                    List.of(new FieldViolation("loginId", "already in use", "Unique")));
        }
        AccountAdministration.Issued issued = administration.issue(request.loginId(), request.displayName().strip(),
                request.email(), request.roles(), caller.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedAccountView(issued.account().id(), issued.account().loginId(),
                        issued.account().displayName(), issued.account().roles().stream().map(Role::name).sorted()
                        .toList(), issued.oneTimePassword()))
                .build();
    }
}
