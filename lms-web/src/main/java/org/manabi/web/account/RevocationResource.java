package org.manabi.web.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.identity.AccountRevocation;
import org.manabi.web.security.Actors;

/** Revocation requests waiting for a second administrator, and that administrator's decision. */
@Path("revocation-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class RevocationResource {

    @Inject
    AccountRevocation revocation;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Revocation requests waiting for a decision, oldest first")
    public List<RevocationRequestView> pending() {
        return revocation.pending().stream()
                .map(p -> RevocationRequestView.of(p.request(), p.account().loginId(), p.account().displayName()))
                .toList();
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve a revocation: the account is revoked, its sessions end and its seats are "
            + "released. The administrator who asked cannot approve (403)")
    public RevocationRequestView approve(@PathParam("id") long id) {
        return revocation.approve(id, Actors.of(request)).map(RevocationRequestView::of)
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a revocation request, with an optional note; the requester may withdraw their own")
    public RevocationRequestView reject(@PathParam("id") long id, @Valid DecisionRequest form) {
        String note = form == null || form.note() == null || form.note().isBlank() ? null : form.note().strip();
        return revocation.reject(id, note, Actors.of(request)).map(RevocationRequestView::of)
                .orElseThrow(NotFoundException::new);
    }
}
