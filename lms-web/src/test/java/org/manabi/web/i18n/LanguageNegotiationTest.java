package org.manabi.web.i18n;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageNegotiationTest {

    @Test
    void rememberedChoiceWinsOverAcceptLanguage() {
        assertEquals(SupportedLanguage.MY, LanguageNegotiation.choose("my", "vi,en;q=0.9"));
    }

    @Test
    void anUnknownRememberedChoiceFallsBackToAcceptLanguage() {
        assertEquals(SupportedLanguage.VI, LanguageNegotiation.choose("xx", "vi"));
        assertEquals(SupportedLanguage.VI, LanguageNegotiation.choose("", "vi"));
    }

    @Test
    void theHighestQualitySupportedLanguageWins() {
        assertEquals(SupportedLanguage.VI, LanguageNegotiation.choose(null, "en;q=0.5, vi;q=0.9"));
    }

    @Test
    void unsupportedRangesAreSkippedForTheNextSupportedOne() {
        assertEquals(SupportedLanguage.ID, LanguageNegotiation.choose(null, "fr-FR,de;q=0.9,id;q=0.8,en;q=0.7"));
    }

    @Test
    void equalQualitiesKeepTheHeaderOrder() {
        assertEquals(SupportedLanguage.VI, LanguageNegotiation.choose(null, "vi, en"));
        assertEquals(SupportedLanguage.EN, LanguageNegotiation.choose(null, "en, vi"));
    }

    @Test
    void aLanguageWithQualityZeroIsNeverChosen() {
        assertEquals(SupportedLanguage.EN, LanguageNegotiation.choose(null, "vi;q=0, en;q=0.1"));
        assertEquals(SupportedLanguage.DEFAULT, LanguageNegotiation.choose(null, "vi;q=0"));
    }

    @Test
    void legacyBrowserCodesAreUnderstood() {
        assertEquals(SupportedLanguage.TL, LanguageNegotiation.choose(null, "fil-PH,en;q=0.5"));
        assertEquals(SupportedLanguage.ID, LanguageNegotiation.choose(null, "in,en;q=0.5"));
    }

    @Test
    void onlyUnsupportedLanguagesGiveTheDefault() {
        assertEquals(SupportedLanguage.JA, LanguageNegotiation.choose(null, "fr-FR,de"));
    }

    @Test
    void nothingKnownGivesTheDefault() {
        assertEquals(SupportedLanguage.JA, LanguageNegotiation.choose(null, null));
        assertEquals(SupportedLanguage.JA, LanguageNegotiation.choose(" ", " "));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"en;q=abc", ";;;", "en;q=2", "en;q=-1", "en,,vi", "=", "é", "en;q=0.5;q=0.6"})
    void aMalformedHeaderGivesTheDefaultInsteadOfThrowing(String header) {
        SupportedLanguage chosen = assertDoesNotThrow(() -> LanguageNegotiation.choose(null, header));
        assertEquals(SupportedLanguage.DEFAULT, chosen);
    }

    @Test
    void aHeaderOfExactly500CharactersIsStillRead() {
        assertEquals(SupportedLanguage.VI, LanguageNegotiation.choose(null, headerOfLength(500)));
    }

    @Test
    void aHeaderLongerThan500CharactersIsIgnored() {
        assertEquals(SupportedLanguage.DEFAULT, LanguageNegotiation.choose(null, headerOfLength(501)));
    }

    @Test
    void aRememberedChoiceStillWinsWhenTheHeaderIsTooLong() {
        assertEquals(SupportedLanguage.EN, LanguageNegotiation.choose("en", headerOfLength(2_000)));
    }

    /** A well-formed header preferring Vietnamese, padded with French ranges to the given length. */
    private static String headerOfLength(int length) {
        StringBuilder header = new StringBuilder("vi");
        while (header.length() + ",fr;q=0.1".length() <= length) {
            header.append(",fr;q=0.1");
        }
        while (header.length() < length) {
            header.append(' ');
        }
        assertEquals(length, header.length());
        return header.toString();
    }
}
