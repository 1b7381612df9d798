package org.manabi.web.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/**
 * The review queue through the API of the deployed WAR: a learner starts a deck, gets new cards
 * with the interval of each rating, rates them (a second tap on the same showing is a 409), and
 * the due counts follow. Another person never sees or rates those cards; bad input is a 400 that
 * names the field.
 */
class ReviewIT extends DeployedServer {

    private static final String JSON = "application/json";
    private static final String DECK = "JLPT-N4-KANJI";

    @Test
    void aLearnerStartsADeckReviewsCardsAndTheCountsFollow() {
        Session learner = signIn("demo-counsellor");
        assertEquals(200, learner.send("PUT", "/api/me/review/settings", "{\"newPerDay\":3}").statusCode());
        assertField(learner.send("PUT", "/api/me/review/settings", "{\"newPerDay\":500}"), 400, "newPerDay");
        assertField(learner.send("PUT", "/api/me/review/settings", "{\"newPerDay\":5,\"timeZone\":\"Mars/Olympus\"}"),
                400, "timeZone");
        JsonObject settings = Http.json(learner.http.get("/api/me/review/settings"));
        assertEquals(3, settings.getInt("newPerDay"), "the refused changes wrote nothing");
        assertEquals("Asia/Tokyo", settings.getString("timeZone"));

        HttpResponse<String> started = learner.send("PUT", "/api/me/review/decks/" + DECK, "");
        assertEquals(200, started.statusCode(), started.body());
        JsonObject deck = Http.jsonArray(started).getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals(DECK)).findFirst().orElseThrow();
        assertTrue(deck.getBoolean("started"));
        assertEquals("KANJI", deck.getString("kind"));
        assertTrue(deck.getInt("total") > 100, deck.toString());
        assertEquals(404, learner.send("PUT", "/api/me/review/decks/JLPT-N9-KANJI", "").statusCode());

        JsonObject before = Http.json(learner.http.get("/api/me/review/counts"));
        assertEquals(3, before.getInt("fresh"), before.toString());
        JsonObject batch = Http.json(learner.http.get("/api/me/review/next?limit=5"));
        List<JsonObject> cards = batch.getJsonArray("cards").getValuesAs(JsonObject.class);
        assertEquals(3, cards.size(), "no more new cards than the daily limit");
        JsonObject first = cards.get(0);
        assertEquals("NEW", first.getString("state"));
        assertEquals(0, first.getInt("reps"));
        assertTrue(first.getString("key").startsWith(DECK + "|"), first.getString("key"));
        assertTrue(!first.getString("prompt").isBlank() && !first.getString("meaning").isBlank(), first.toString());
        assertEquals(60, first.getJsonObject("intervals").getJsonNumber("again").longValue());
        assertEquals(600, first.getJsonObject("intervals").getJsonNumber("good").longValue());

        HttpResponse<String> good = learner.send("POST", "/api/me/review/ratings", rating(first, "GOOD", 0));
        assertEquals(200, good.statusCode(), good.body());
        JsonObject rated = Http.json(good);
        assertEquals("LEARNING", rated.getString("state"));
        assertEquals(600, rated.getJsonNumber("intervalSeconds").longValue(), "the interval the button showed");
        assertEquals(1, rated.getInt("reps"));
        HttpResponse<String> doubleTap = learner.send("POST", "/api/me/review/ratings", rating(first, "GOOD", 0));
        assertEquals(409, doubleTap.statusCode(), doubleTap.body());
        assertTrue(doubleTap.headers().firstValue("Content-Type").orElse("").contains("problem+json"));

        HttpResponse<String> easy = learner.send("POST", "/api/me/review/ratings", rating(cards.get(1), "EASY", 0));
        assertEquals("REVIEW", Http.json(easy).getString("state"), easy.body());
        JsonObject after = Http.json(learner.http.get("/api/me/review/counts"));
        assertEquals(1, after.getInt("fresh"), after.toString());
        assertEquals(before.getInt("learning") + 1, after.getInt("learning"), "the GOOD card is in its steps today");
        assertEquals(before.getInt("total") - 1, after.getInt("total"), "the EASY card is done for today");

        assertField(learner.send("POST", "/api/me/review/ratings", "{\"key\":\"" + first.getString("key")
                + "\",\"rating\":\"GOOD\"}"), 400, "reps");
        assertEquals(400, learner.send("POST", "/api/me/review/ratings", "{\"key\":\"" + first.getString("key")
                + "\",\"rating\":\"PERFECT\",\"reps\":1}").statusCode());
        assertEquals(400, learner.http.get("/api/me/review/next?limit=0").statusCode());

        Session other = signIn("demo-instructor");
        JsonObject theirCounts = Http.json(other.http.get("/api/me/review/counts"));
        List<JsonObject> theirCards = Http.json(other.http.get("/api/me/review/next"))
                .getJsonArray("cards").getValuesAs(JsonObject.class);
        assertTrue(theirCards.stream().noneMatch(c -> c.getInt("reps") > 0 && c.getString("key").equals(first.getString("key"))),
                "the learner's card is not theirs");
        assertEquals(404, other.send("POST", "/api/me/review/ratings", rating(first, "AGAIN", 1)).statusCode(),
                "they cannot rate it either");
        assertEquals(theirCounts, Http.json(other.http.get("/api/me/review/counts")));
        assertEquals(after, Http.json(learner.http.get("/api/me/review/counts")), "the learner's cards are as they were");

        assertEquals(200, learner.send("DELETE", "/api/me/review/decks/" + DECK, "").statusCode());
        assertEquals(before.getInt("total") - 3, Http.json(learner.http.get("/api/me/review/counts")).getInt("total"),
                "a stopped deck is out of the queue");
        assertEquals(401, new Http(base).get("/api/me/review/counts").statusCode());
    }

    private record Session(Http http, String token) {

        HttpResponse<String> send(String method, String path, String body) {
            return http.send(method, path, JSON, body, "X-CSRF-Token", token);
        }
    }

    private Session signIn(String loginId) {
        Http http = Http.browserLike(base);
        return new Session(http, Http.json(signInAsDemo(http, loginId)).getString("csrfToken"));
    }

    private static String rating(JsonObject card, String rating, int reps) {
        return "{\"key\":\"" + card.getString("key") + "\",\"rating\":\"" + rating + "\",\"reps\":" + reps + "}";
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(field, Http.json(response).getJsonArray("errors").getJsonObject(0).getString("field"),
                response.body());
    }
}
