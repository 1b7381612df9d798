package org.manabi.web.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.organisation.Organisation;
import org.manabi.core.programme.SeatAllocation;
import org.manabi.web.download.CsvDownload;
import org.manabi.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.organisation.OrganisationDirectory;
import org.manabi.core.organisation.Viewer;
import org.manabi.web.security.CurrentSession;
import org.manabi.web.security.SessionAccount;

/** Organisations: administrators see and create all; a company manager sees only their own. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMINISTRATOR", "COMPANY_MANAGER"})
public class OrganisationResource {

    /** Bilingual, because the sheet is printed for people who read one or the other. */
    static final List<String> CREDENTIAL_HEADER = List.of("ログインID / Login ID", "氏名 / Name", "部署 / Department",
            "初回パスワード / One-time password");

    @Inject
    OrganisationDirectory directory;

    @Inject
    AccountAdministration administration;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The organisations the caller may see, with the seats their people hold")
    public List<OrganisationView> list() {
        return directory.visibleTo(viewer()).stream()
                .map(o -> OrganisationView.of(o, directory.seatsHeld(o.id())))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation; 404 when it does not exist or the caller may not see it")
    public OrganisationView get(@PathParam("id") long id) {
        return directory.find(viewer(), id)
                .map(o -> OrganisationView.of(o, directory.seatsHeld(o.id())))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "The people of one organisation; the view is audited")
    public List<MemberView> members(@PathParam("id") long id) {
        SessionAccount account = signedIn();
        return directory.members(account.viewer(), id, account.loginId())
                .map(members -> members.stream().map(MemberView::of).toList())
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an organisation")
    public Response create(@Valid @NotNull OrganisationRequest form) {
        var organisation = directory.create(form.toDetails(), signedIn().loginId());
        return Response.status(Response.Status.CREATED).entity(OrganisationView.of(organisation, 0)).build();
    }

    /**
     * New one-time passwords for the organisation's people who have not signed in yet, as a CSV
     * sheet to hand out. A POST, because it changes their passwords: earlier sheets stop working.
     */
    @POST
    @Path("{id}/credentials")
    @Produces({CsvDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Download sign-in details for people who have not signed in yet (issues new one-time passwords)")
    public Response credentials(@PathParam("id") long id) {
        SessionAccount account = signedIn();
        Organisation organisation = directory.find(account.viewer(), id).orElseThrow(NotFoundException::new);
        List<AccountAdministration.Issued> issued = administration.reissueAwaitingFirstSignIn(id, account.loginId());
        if (issued.isEmpty()) {
            return Problems.response(409, "nobody-waiting", "Nobody to issue for",
                    "Everyone in this organisation has already chosen their own password.",
                    uriInfo.getRequestUri().getRawPath());
        }
        List<List<String>> rows = issued.stream()
                .map(i -> List.of(i.account().loginId(), i.account().displayName(),
                        i.account().department() == null ? "" : i.account().department(), i.oneTimePassword()))
                .toList();
        return CsvDownload.attachment("manabi-credentials-" + organisation.id() + "-"
                        + LocalDate.now(clock.withZone(SeatAllocation.PROGRAMME_ZONE)) + ".csv",
                CREDENTIAL_HEADER, rows);
    }

    private Viewer viewer() {
        return signedIn().viewer();
    }

    /** The role check already passed, so there is a signed-in session. */
    private SessionAccount signedIn() {
        return CurrentSession.of(request).orElseThrow(NotFoundException::new);
    }
}
