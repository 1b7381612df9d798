package org.manabi.web.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.bank.BankQuery;
import org.manabi.content.assessment.bank.ItemBank;
import org.manabi.content.assessment.bank.ItemJson;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.web.catalog.CatalogViewers;
import org.manabi.web.problem.Problems;

/** The question bank, for instructors and administrators. */
@Path("assessment/items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INSTRUCTOR", "ADMINISTRATOR"})
public class BankResource {

    @Inject
    ItemBank bank;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Bank items filtered by tag, level, type, skill and text (q), newest first")
    public List<BankItemView> search(@QueryParam("tag") String tag, @QueryParam("level") String level,
                                     @QueryParam("type") String type, @QueryParam("skill") String skill,
                                     @QueryParam("q") String text, @QueryParam("limit") int limit) {
        return bank.search(new BankQuery(tag, level, type, skill, text, limit)).stream().map(BankItemView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One bank item with its answers")
    public BankItemView get(@PathParam("id") long id) {
        return bank.find(id).map(BankItemView::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item to the bank")
    public Response create(BankItemRequest body) {
        if (body == null) {
            return Problems.invalid(path(), "body", "send the item", "Required");
        }
        ItemBody item;
        try {
            item = read(body);
        } catch (IllegalArgumentException e) {
            return Problems.invalid(path(), "body", e.getMessage(), "Item");
        }
        var created = bank.create(definition(body, item), CatalogViewers.of(request).accountId(),
                CatalogViewers.actor(request));
        return Response.created(URI.create(path() + "/" + created.id())).entity(BankItemView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a bank item; attempts already graded keep their scores")
    public Response update(@PathParam("id") long id, BankItemRequest body) {
        if (body == null) {
            return Problems.invalid(path(), "body", "send the item", "Required");
        }
        ItemBody item;
        try {
            item = read(body);
        } catch (IllegalArgumentException e) {
            return Problems.invalid(path(), "body", e.getMessage(), "Item");
        }
        return Response.ok(BankItemView.of(bank.update(id, definition(body, item), CatalogViewers.actor(request))))
                .build();
    }

    private static ItemBody read(BankItemRequest body) {
        if (body.body() == null) {
            throw new IllegalArgumentException("body: the item's fields are required");
        }
        return ItemJson.read(body.type(), body.body());
    }

    private static BankItemDefinition definition(BankItemRequest body, ItemBody item) {
        return new BankItemDefinition(item, body.skill(), body.tags(), body.level(), body.difficulty());
    }

    private String path() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
