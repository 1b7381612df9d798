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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.identity.Role;
import org.manabi.core.organisation.OrganisationDirectory;
import org.manabi.core.organisation.Viewer;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/** Administrators issue accounts. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class AccountResource {

    /** Only administrators reach this resource, so organisation ids are checked with their view. */
    private static final Viewer ADMIN_VIEW = new Viewer(0, Set.of(Role.ADMINISTRATOR), null);

    @Inject
    AccountAdministration administration;

    @Inject
    OrganisationDirectory organisations;

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
        if (request.organisationId() != null
                && organisations.find(ADMIN_VIEW, request.organisationId()).isEmpty()) {
            return Problems.response(400, "validation", "Invalid input", "Some fields are invalid; see errors.", path,
                    List.of(new FieldViolation("organisationId", "no such organisation", "Exists")));
        }
        if (request.roles().contains(Role.COMPANY_MANAGER) && request.organisationId() == null) {
            return Problems.response(400, "validation", "Invalid input", "Some fields are invalid; see errors.", path,
                    List.of(new FieldViolation("organisationId", "a company manager belongs to an organisation",
                            "NotNull")));
        }
        AccountAdministration.Issued issued = administration.issue(request.loginId(), request.displayName().strip(),
                request.email(), request.roles(), request.organisationId(), request.department(),
                caller.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedAccountView(issued.account().id(), issued.account().loginId(),
                        issued.account().displayName(), issued.account().roles().stream().map(Role::name).sorted()
                        .toList(), issued.oneTimePassword()))
                .build();
    }
}
