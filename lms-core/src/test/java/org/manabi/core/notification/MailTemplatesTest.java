package org.manabi.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private static final Map<String, String> VALUES = Map.ofEntries(Map.entry("name", "An"),
            Map.entry("programme", "Kagoshima Japanese 2026"), Map.entry("cohort", "2026"),
            Map.entry("reference", "A-ABCD-EFGH"), Map.entry("loginId", "kagoshima-0001"),
            Map.entry("password", "abcd-efgh-jkmn"), Map.entry("url", "https://manabi.example"),
            Map.entry("startsOn", "2026-09-01"), Map.entry("endsOn", "2027-02-28"), Map.entry("reason", "full"),
            Map.entry("organisation", "Satsuma Foods"));

    @Test
    void everyLanguageHasEveryMessageTheJapaneseHas() {
        Set<String> japanese = MailTemplates.bundle("ja").stringPropertyNames();
        for (String language : MailTemplates.LANGUAGES) {
            assertEquals(japanese, MailTemplates.bundle(language).stringPropertyNames(), language);
        }
    }

    @Test
    void placeholdersAreFilledAndTheJapaneseFollowsOtherLanguages() {
        MailTemplates.Message message = MailTemplates.render("application.approved", "vi", VALUES);
        assertTrue(message.body().contains("kagoshima-0001"));
        assertTrue(message.body().contains("abcd-efgh-jkmn"));
        assertTrue(message.body().contains("Chào An"), "Vietnamese first");
        assertTrue(message.body().contains("初回パスワード"), "then the Japanese for the office");
        assertFalse(message.body().contains("{"), message.body());
    }

    @Test
    void japaneseRecipientsGetTheTextOnceAndUnknownLanguagesGetJapanese() {
        String japanese = MailTemplates.render("application.received", "ja", VALUES).body();
        assertEquals(japanese.indexOf("受付番号"), japanese.lastIndexOf("受付番号"));
        assertEquals(japanese, MailTemplates.render("application.received", "xx", VALUES).body());
    }
}
