package org.manabi.web.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.review.Reviews;
import org.manabi.web.security.CurrentSession;

/**
 * The signed-in person's review queue. Everything acts on their own cards: no id of another account
 * is ever taken, so nobody can see or rate someone else's cards.
 */
@Path("me/review")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "INSTRUCTOR", "COMPANY_MANAGER", "COUNSELLOR", "ADMINISTRATOR"})
public class ReviewResource {

    @Inject
    Reviews reviews;

    @Context
    HttpServletRequest request;

    @GET
    @Path("decks")
    @Operation(summary = "The JLPT vocabulary and kanji decks, N5 to N2, each with whether I study it and my counts")
    public List<DeckView> decks() {
        return reviews.decks(me()).stream().map(DeckView::of).toList();
    }

    @PUT
    @Path("decks/{code}")
    @Operation(summary = "Start studying a deck; idempotent")
    public List<DeckView> start(@PathParam("code") String code) {
        reviews.start(me(), code);
        return decks();
    }

    @DELETE
    @Path("decks/{code}")
    @Operation(summary = "Stop studying a deck; its cards keep their memory for a restart; idempotent")
    public List<DeckView> stop(@PathParam("code") String code) {
        reviews.stop(me(), code);
        return decks();
    }

    @GET
    @Path("next")
    @Operation(summary = "The next cards: due reviews first, then today's new cards; with each rating's interval")
    public BatchView next(@QueryParam("limit") @DefaultValue("10") int limit) {
        return BatchView.of(reviews.next(me(), limit));
    }

    @POST
    @Path("ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a card AGAIN, HARD, GOOD or EASY; 409 when that showing was rated already")
    public RatingView rate(@Valid @NotNull RatingRequest body) {
        return RatingView.of(reviews.rate(me(), body.key(), body.rating(), body.reps()));
    }

    @GET
    @Path("counts")
    @Operation(summary = "What is left today: reviews, learning steps and new cards")
    public DueCountsView counts() {
        return DueCountsView.of(reviews.dueCounts(me()));
    }

    @GET
    @Path("settings")
    @Operation(summary = "My new cards a day and the time zone my day starts in")
    public SettingsView settings() {
        return SettingsView.of(reviews.settings(me()));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my new cards a day (0 to 200) and time zone (blank for Asia/Tokyo)")
    public SettingsView changeSettings(@Valid @NotNull SettingsRequest body) {
        return SettingsView.of(reviews.changeSettings(me(), body.newPerDay(), body.timeZone()));
    }

    private long me() {
        return CurrentSession.of(request).orElseThrow(() -> new NotAuthorizedException("Session")).id();
    }
}
