package org.manabi.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageCatalogTest {

    private static MessageCatalog catalog;
    private static Map<String, String> english;

    @BeforeAll
    static void loadAllFiles() {
        catalog = new MessageCatalog();
        english = catalog.messages(SupportedLanguage.EN);
    }

    @Test
    void theEnglishFileIsNotEmpty() {
        assertTrue(english.size() > 10, () -> "messages_en has only " + english.size() + " keys");
    }

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void everyLanguageHasExactlyTheEnglishKeys(SupportedLanguage language) {
        Set<String> keys = catalog.messages(language).keySet();
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(keys);
        Set<String> extra = new TreeSet<>(keys);
        extra.removeAll(english.keySet());
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> "messages_" + language.code()
                + ".properties: missing " + missing + ", extra " + extra);
    }

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void noValueIsBlank(SupportedLanguage language) {
        Set<String> blank = catalog.messages(language).entrySet().stream()
                .filter(entry -> entry.getValue().isBlank())
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(blank.isEmpty(), () -> "messages_" + language.code() + ".properties: blank values for " + blank);
    }

    @ParameterizedTest
    @ValueSource(strings = {"home.title", "home.lead", "notFound.title", "status.title"})
    void japaneseAndBurmeseAreActuallyTranslated(String key) {
        assertNotEquals(english.get(key), catalog.messages(SupportedLanguage.JA).get(key), "ja " + key);
        assertNotEquals(english.get(key), catalog.messages(SupportedLanguage.MY).get(key), "my " + key);
    }

    @ParameterizedTest
    @EnumSource(value = SupportedLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherLanguageTranslatesTheHomeTitle(SupportedLanguage language) {
        assertNotEquals(english.get("home.title"), catalog.messages(language).get("home.title"));
    }

    /** Catches a file saved in a legacy encoding or in Zawgyi-as-Latin, which would not be Myanmar script. */
    @Test
    void theBurmeseHomeTitleIsWrittenInMyanmarScript() {
        String title = catalog.messages(SupportedLanguage.MY).get("home.title");
        assertTrue(title.codePoints().anyMatch(c -> c >= 0x1000 && c <= 0x109F),
                () -> "no Myanmar-script character in '" + title + "'");
    }

    /** UTF-8 read as ISO-8859-1 would turn the kana into Latin-1 mojibake. */
    @Test
    void theJapaneseFileIsReadAsUtf8() {
        String title = catalog.messages(SupportedLanguage.JA).get("home.title");
        assertTrue(title.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30FF),
                () -> "no kana in '" + title + "'");
    }

    @Test
    void theMessagesCannotBeChangedByACaller() {
        Map<String, String> messages = catalog.messages(SupportedLanguage.EN);
        assertThrows(UnsupportedOperationException.class, () -> messages.put("home.title", "changed"));
        assertEquals(MessageCatalog.load(SupportedLanguage.EN).get("home.title"), messages.get("home.title"));
    }
}
