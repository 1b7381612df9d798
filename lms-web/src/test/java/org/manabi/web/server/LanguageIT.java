package org.manabi.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The UI text API: the browser's language by default, a remembered choice after that. */
class LanguageIT extends DeployedServer {

    @Test
    void acceptLanguagePicksTheDefault() {
        JsonObject vietnamese = Http.json(new Http(base).get("/api/i18n", "Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5"));
        assertEquals("vi", vietnamese.getString("language"));
        assertEquals("Chào mừng bạn đến với Manabi", vietnamese.getJsonObject("messages").getString("home.title"));
        JsonObject fallback = Http.json(new Http(base).get("/api/i18n", "Accept-Language", "fr-FR,de;q=0.8"));
        assertEquals("ja", fallback.getString("language"), "nothing supported: Japanese");
        assertEquals(6, fallback.getJsonArray("languages").size());
    }

    @Test
    void aChoiceIsRememberedInACookieThatBeatsAcceptLanguage() {
        Http http = new Http(base);
        HttpResponse<String> chosen = http.send("PUT", "/api/i18n/choice", "application/json", "{\"language\":\"my\"}");
        assertEquals(200, chosen.statusCode(), chosen.body());
        String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("manabi_lang=my"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        JsonObject next = Http.json(http.get("/api/i18n", "Cookie", "manabi_lang=my", "Accept-Language", "en"));
        assertEquals("my", next.getString("language"));
        assertEquals("Manabi မှ ကြိုဆိုပါသည်", next.getJsonObject("messages").getString("home.title"));
    }

    @Test
    void everyLanguageIsServedComplete() {
        Http http = new Http(base);
        int englishKeys = Http.json(http.get("/api/i18n?lang=en")).getJsonObject("messages").size();
        for (String code : new String[] {"ja", "en", "vi", "id", "tl", "my"}) {
            JsonObject messages = Http.json(http.get("/api/i18n?lang=" + code));
            assertEquals(code, messages.getString("language"));
            assertEquals(englishKeys, messages.getJsonObject("messages").size(), code + " has every key");
        }
    }
}
