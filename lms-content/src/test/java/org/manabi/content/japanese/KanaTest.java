package org.manabi.content.japanese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KanaTest {

    @Test
    void longVowelsFoldTheSameWhetherTypedOrRead() {
        assertEquals("ジョホ", Kana.foldReading("ジョウホウ"));
        assertEquals("ジョホ", Kana.foldReading(Kana.toKatakana("じょほう")));
        assertEquals("ノリョク", Kana.foldReading("ノウリョク"));
        assertEquals("コヒ", Kana.foldReading("コーヒー"));
        assertEquals("センセイ", Kana.foldReading("センセイ"));
    }

    @Test
    void romajiBecomesKatakana() {
        assertEquals("ニホンゴ", Kana.romajiToKatakana("nihongo", false));
        assertEquals("カゴシマ", Kana.romajiToKatakana("kagoshima", false));
        assertEquals("ジョウホウ", Kana.romajiToKatakana("jouhou", false));
        assertEquals("コンニチワ", Kana.romajiToKatakana("konnichiwa", false));
        assertEquals("マッチャ", Kana.romajiToKatakana("matcha", false));
        assertEquals("ガッコウ", Kana.romajiToKatakana("gakkou", false));
        assertEquals("シンブン", Kana.romajiToKatakana("shinbun", false));
    }

    @Test
    void englishIsNotRomaji() {
        assertNull(Kana.romajiToKatakana("management", false));
        assertNull(Kana.romajiToKatakana("jlpt", false));
        assertNull(Kana.romajiToKatakana("security", false));
    }

    @Test
    void anUnfinishedSyllableIsDroppedOnlyWhileTyping() {
        assertEquals("ニ", Kana.romajiToKatakana("nih", true));
        assertNull(Kana.romajiToKatakana("nih", false));
        assertEquals("ニホ", Kana.romajiToKatakana("nihon", true));
    }

    @Test
    void normalizeFoldsWidthAndCase() {
        assertEquals("jlpt セキュリティ", Kana.normalize("ＪＬＰＴ ｾｷｭﾘﾃｨ"));
    }
}
