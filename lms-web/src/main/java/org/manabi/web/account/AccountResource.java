package org.manabi.web.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.application.ApplicationReview;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.identity.AccountErasure;
import org.manabi.core.identity.AccountLifecycle;
import org.manabi.core.identity.AccountRevocation;
import org.manabi.core.identity.AccountStatus;
import org.manabi.core.identity.LoginIdTakenException;
import org.manabi.core.identity.Role;
import org.manabi.core.organisation.OrganisationDirectory;
import org.manabi.core.organisation.Placement;
import org.manabi.core.organisation.Viewer;
import org.manabi.core.person.PersonalData;
import org.manabi.web.application.ApplicationView;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;
import org.manabi.web.security.Actors;
import org.manabi.web.security.CurrentSession;

/**
 * Administrators issue, list, suspend, resume, move, revoke (with a second administrator's
 * approval), delete and export accounts. A company manager may read the detail of the people of
 * their own organisation.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class AccountResource {

    /** Only administrators reach the routes that use this, so organisation ids are checked with their view. */
    private static final Viewer ADMIN_VIEW = new Viewer(0, Set.of(Role.ADMINISTRATOR), null);

    @Inject
    ApplicationReview applications;

    @Inject
    AccountAdministration administration;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    AccountLifecycle lifecycle;

    @Inject
    AccountRevocation revocation;

    @Inject
    AccountErasure erasure;

    @Inject
    Placement placement;

    @Inject
    PersonalData personalData;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    static final int MAX_LIMIT = 500;

    /**
     * Accounts by organisation, role, status and text. Filters are checked here, not with Bean
     * Validation: Payara 6.2025.10's OpenAPI generator fails on constraints on query parameters.
     */
    @GET
    @Operation(summary = "Accounts matching every filter given, newest first; the view is audited")
    public Response list(@QueryParam("organisationId") Long organisationId, @QueryParam("role") String role,
                         @QueryParam("status") String status, @QueryParam("q") String text,
                         @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uriInfo) {
        String path = uriInfo.getRequestUri().getRawPath();
        Optional<Role> roleFilter = parse(Role.class, role);
        if (role != null && roleFilter.isEmpty()) {
            return invalidParameter(path, "role", "one of " + List.of(Role.values()));
        }
        Optional<AccountStatus> statusFilter = parse(AccountStatus.class, status)
                .filter(s -> s != AccountStatus.DELETED);
        if (status != null && statusFilter.isEmpty()) {
            return invalidParameter(path, "status", "ACTIVE, SUSPENDED or REVOKED");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return invalidParameter(path, "limit", "must be from 1 to " + MAX_LIMIT);
        }
        if (text != null && text.length() > 100) {
            return invalidParameter(path, "q", "at most 100 characters");
        }
        return Response.ok(administration.search(organisationId, roleFilter.orElse(null), statusFilter.orElse(null),
                text, limit, Actors.of(request)).stream().map(AccountView::of).toList()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"ADMINISTRATOR", "COMPANY_MANAGER"})
    @Operation(summary = "One person's account, organisation and seats; audited. A company manager sees only "
            + "their own organisation's people (404 for anyone else)")
    public AccountDetailView detail(@PathParam("id") long id) {
        Viewer viewer = CurrentSession.of(request).orElseThrow(NotFoundException::new).viewer();
        return personalData.view(viewer, id, Actors.of(request)).map(AccountDetailView::of)
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Everything Manabi holds about one person, as a JSON download; audited")
    public Response export(@PathParam("id") long id) {
        Viewer viewer = CurrentSession.of(request).orElseThrow(NotFoundException::new).viewer();
        PersonalDataExport export = personalData.export(viewer, id, Actors.of(request))
                .map(file -> PersonalDataExport.of(file, applications.ofAccount(id).stream()
                        .map(ApplicationView::of).toList(), clock.instant()))
                .orElseThrow(NotFoundException::new);
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"manabi-account-" + id + ".json\"")
                .build();
    }

    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend an account: it cannot sign in, and its sessions end at once")
    public AccountView suspend(@PathParam("id") long id, @Valid @NotNull SuspensionRequest form) {
        return lifecycle.suspend(id, form.reason(), Actors.of(request)).map(AccountView::of)
                .orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("{id}/suspension")
    @Operation(summary = "Resume a suspended account")
    public AccountView resume(@PathParam("id") long id) {
        return lifecycle.resume(id, Actors.of(request)).map(AccountView::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a person to another organisation or department (a personnel change); audited")
    public AccountView move(@PathParam("id") long id, @Valid @NotNull PlacementRequest form) {
        return placement.move(id, form.organisationId(), form.department(), Actors.of(request)).map(AccountView::of)
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/revocation-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for an account to be revoked; a different administrator must approve it")
    public Response requestRevocation(@PathParam("id") long id, @Valid @NotNull ReasonRequest form) {
        return revocation.request(id, form.reason().strip(), Actors.of(request))
                .map(r -> Response.status(Response.Status.CREATED).entity(RevocationRequestView.of(r)).build())
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/one-time-password")
    @Operation(summary = "Issue a new one-time password for someone who lost theirs; shown only in this response")
    public Response newOneTimePassword(@PathParam("id") long id) {
        AccountAdministration.Issued issued = administration.reissueOneTimePassword(id, Actors.of(request))
                .orElseThrow(NotFoundException::new);
        return Response.ok(new OneTimePasswordView(issued.account().id(), issued.account().loginId(),
                issued.oneTimePassword())).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete an account: its personal data is erased, with a record of what, when, by whom "
            + "and why")
    public Response delete(@PathParam("id") long id, @Valid @NotNull ReasonRequest form) {
        return erasure.erase(id, form.reason().strip(), Actors.of(request))
                .map(record -> Response.ok(new AccountDetailView.ErasureView(record.erasedFields(),
                        record.erasedAt(), record.erasedBy(), record.reason())).build())
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
    public Response issue(@Valid @NotNull IssueAccountRequest form, @Context UriInfo uriInfo) {
        String path = uriInfo.getRequestUri().getRawPath();
        if (administration.exists(form.loginId())) {
            return loginIdTaken(path);
        }
        if (form.organisationId() != null && organisations.find(ADMIN_VIEW, form.organisationId()).isEmpty()) {
            return Problems.invalid(path, "organisationId", "no such organisation", "Exists");
        }
        if (form.roles().contains(Role.COMPANY_MANAGER) && form.organisationId() == null) {
            return Problems.invalid(path, "organisationId", "a company manager belongs to an organisation", "NotNull");
        }
        AccountAdministration.Issued issued;
        try {
            issued = administration.issue(form.loginId(), form.displayName().strip(), form.email(), form.roles(),
                    form.organisationId(), form.department(), Actors.of(request).name());
        } catch (LoginIdTakenException e) {
            return loginIdTaken(path);
        }
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedAccountView(issued.account().id(), issued.account().loginId(),
                        issued.account().displayName(), issued.account().roles().stream().map(Role::name).sorted()
                        .toList(), issued.oneTimePassword()))
                .build();
    }

    /** Checked first, and again when the insert finds a concurrent request took the id in between. */
    private static Response loginIdTaken(String path) {
        return Problems.response(409, "login-id-taken", "Login ID taken",
                "Another account already uses this login ID.", path,
                List.of(new FieldViolation("loginId", "already in use", "Unique")));
    }
}
