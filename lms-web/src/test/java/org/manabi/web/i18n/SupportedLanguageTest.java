package org.manabi.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SupportedLanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ja-JP, JA",
            "ja_JP, JA",
            "EN-us, EN",
            "vi-VN, VI",
            "fil, TL",
            "fil-PH, TL",
            "tl, TL",
            "in, ID",
            "id-ID, ID",
            "my-MM, MY",
    })
    void localeTagsMapToTheirInterfaceLanguage(String tag, SupportedLanguage expected) {
        assertEquals(Optional.of(expected), SupportedLanguage.fromTag(tag));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals(Optional.of(SupportedLanguage.MY), SupportedLanguage.fromTag("  my  "));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "garbage", "fr-FR", "de", "*", "!!!", "12", "-"})
    void blankUnknownOrGarbageTagsMatchNothing(String tag) {
        assertTrue(SupportedLanguage.fromTag(tag).isEmpty(), () -> "expected no language for '" + tag + "'");
    }

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void everyLanguageIsFoundByItsOwnCode(SupportedLanguage language) {
        assertEquals(Optional.of(language), SupportedLanguage.fromTag(language.code()));
    }

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void everyLanguageHasANativeName(SupportedLanguage language) {
        assertFalse(language.nativeName().isBlank());
    }

    @Test
    void japaneseIsTheDefault() {
        assertEquals(SupportedLanguage.JA, SupportedLanguage.DEFAULT);
    }
}
