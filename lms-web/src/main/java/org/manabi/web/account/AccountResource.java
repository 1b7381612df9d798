package org.manabi.web.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.identity.AccountLifecycle;
import org.manabi.core.identity.AccountRepository;
import org.manabi.core.identity.AccountStatus;
import org.manabi.core.identity.Role;
import org.manabi.core.organisation.OrganisationDirectory;
import org.manabi.core.organisation.Viewer;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/** Administrators issue, list, suspend and resume accounts. */
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

    @Inject
    AccountRepository accounts;

    @Inject
    AccountLifecycle lifecycle;

    static final int MAX_LIMIT = 500;

    /**
     * Accounts by organisation, role, status and text. Filters are checked here, not with Bean
     * Validation: Payara 6.2025.10's OpenAPI generator fails on constraints on query parameters.
     */
    @GET
    @Operation(summary = "Accounts matching every filter given, newest first")
    public Response list(@QueryParam("organisationId") Long organisationId, @QueryParam("role") String role,
                         @QueryParam("status") String status, @QueryParam("q") String text,
                         @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uriInfo) {
        String path = uriInfo.getRequestUri().getRawPath();
        Optional<Role> roleFilter = parse(Role.class, role);
        if (role != null && roleFilter.isEmpty()) {
            return invalidParameter(path, "role", "one of " + List.of(Role.values()));
        }
        Optional<AccountStatus> statusFilter = parse(AccountStatus.class, status);
        if (status != null && statusFilter.isEmpty()) {
            return invalidParameter(path, "status", "ACTIVE or SUSPENDED");
        }
        if (limit < 1 || limit > MAX_LIMIT || text != null && text.length() > 100) {
            return invalidParameter(path, limit < 1 || limit > MAX_LIMIT ? "limit" : "q",
                    limit < 1 || limit > MAX_LIMIT ? "must be from 1 to " + MAX_LIMIT : "at most 100 characters");
        }
        return Response.ok(accounts.search(organisationId, roleFilter.orElse(null), statusFilter.orElse(null), text,
                limit).stream().map(AccountView::of).toList()).build();
    }

    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend an account: it cannot sign in, and its sessions end at once")
    public AccountView suspend(@PathParam("id") long id, @Valid @NotNull SuspensionRequest request,
                               @Context SecurityContext caller) {
        return lifecycle.suspend(id, request.reason(), caller.getUserPrincipal().getName()).map(AccountView::of)
                .orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("{id}/suspension")
    @Operation(summary = "Resume a suspended account")
    public AccountView resume(@PathParam("id") long id, @Context SecurityContext caller) {
        return lifecycle.resume(id, caller.getUserPrincipal().getName()).map(AccountView::of)
                .orElseThrow(NotFoundException::new);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response invalidParameter(String path, String field, String reason) {
        return Problems.invalid(path, field, reason, "Invalid");
    }

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
            return Problems.invalid(path, "organisationId", "no such organisation", "Exists");
        }
        if (request.roles().contains(Role.COMPANY_MANAGER) && request.organisationId() == null) {
            return Problems.invalid(path, "organisationId", "a company manager belongs to an organisation", "NotNull");
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
