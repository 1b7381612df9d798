package org.manabi.content.assessment.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerNormalizerTest {

    @Test
    void fullWidthLatinAndCaseDoNotCount() {
        assertEquals("jlpt", AnswerNormalizer.normalize("ＪＬＰＴ"));
        assertEquals("jlpt", AnswerNormalizer.normalize("JLPT"));
        assertTrue(AnswerNormalizer.sameAnswer("ＪＬＰＴ", "JLPT"));
        assertTrue(AnswerNormalizer.sameAnswer("Tokyo", "TOKYO"));
        assertEquals("n5", AnswerNormalizer.normalize("Ｎ５"));
    }

    @Test
    void halfWidthKatakanaKatakanaAndHiraganaAreOneAnswer() {
        assertEquals("カタカナ", AnswerNormalizer.normalize("ｶﾀｶﾅ"));
        assertEquals("カタカナ", AnswerNormalizer.normalize("カタカナ"));
        assertEquals("カタカナ", AnswerNormalizer.normalize("かたかな"));
        assertEquals("ガッコウ", AnswerNormalizer.normalize("ｶﾞｯｺｳ"));
        assertTrue(AnswerNormalizer.sameAnswer("ｶﾀｶﾅ", "かたかな"));
    }

    @Test
    void everyKindOfSpaceIsRemoved() {
        assertEquals("日本語デス", AnswerNormalizer.normalize("日本　語 です"));
        assertEquals("日本語", AnswerNormalizer.normalize(" \t日本\u00A0語\u200B\n"));
        assertEquals("icecream", AnswerNormalizer.normalize("ice cream"));
        assertTrue(AnswerNormalizer.sameAnswer("にほん　ご", "にほんご"));
    }

    @Test
    void theLongVowelMarkStandsForTheVowelBeforeIt() {
        assertEquals("コーヒー", AnswerNormalizer.normalize("こーひー"));
        assertEquals("コオヒイ", AnswerNormalizer.normalize("こおひい"));
        assertTrue(AnswerNormalizer.sameAnswer("コーヒー", "こおひい"));
        assertTrue(AnswerNormalizer.sameAnswer("こーひー", "コーヒー"));
        assertTrue(AnswerNormalizer.sameAnswer("こおひい", "こーひー"));
        assertTrue(AnswerNormalizer.sameAnswer("おかーさん", "おかあさん"));
        assertTrue(AnswerNormalizer.sameAnswer("びいる", "ビール"));
        assertTrue(AnswerNormalizer.sameAnswer("キョー", "きょう"));
    }

    @Test
    void afterOAndERowsTheMarkAlsoStandsForTheUsualSpelling() {
        assertTrue(AnswerNormalizer.sameAnswer("おとーさん", "おとうさん"));
        assertTrue(AnswerNormalizer.sameAnswer("せんせー", "せんせい"));
        assertTrue(AnswerNormalizer.sameAnswer("ケーキ", "けえき"));
        assertFalse(AnswerNormalizer.sameAnswer("カード", "かいど"));
        assertFalse(AnswerNormalizer.sameAnswer("スー", "すい"));
    }

    @Test
    void writtenVowelsAndSimilarKanaStayDifferent() {
        assertFalse(AnswerNormalizer.sameAnswer("おばさん", "おばあさん"));
        assertFalse(AnswerNormalizer.sameAnswer("ゆき", "ゆうき"));
        assertFalse(AnswerNormalizer.sameAnswer("とお", "とう"));
        assertFalse(AnswerNormalizer.sameAnswer("を", "お"));
        assertFalse(AnswerNormalizer.sameAnswer("はなじ", "はなぢ"));
        assertFalse(AnswerNormalizer.sameAnswer("きって", "きて"));
        assertFalse(AnswerNormalizer.sameAnswer("ンー", "んん"));
        assertFalse(AnswerNormalizer.sameAnswer("ー", "あ"));
    }

    @Test
    void wavesAndTildesAreOneSign() {
        assertEquals("〜マス", AnswerNormalizer.normalize("〜ます"));
        assertEquals("〜マス", AnswerNormalizer.normalize("～ます"));
        assertEquals("〜マス", AnswerNormalizer.normalize("~ます"));
        assertTrue(AnswerNormalizer.sameAnswer("〜ます", "～ます"));
        assertFalse(AnswerNormalizer.sameAnswer("ます", "〜ます"));
    }

    @Test
    void aDashAfterKanaIsTheLongVowelMark() {
        assertEquals("コーヒー", AnswerNormalizer.normalize("コ-ヒ-"));
        assertEquals("コーヒー", AnswerNormalizer.normalize("こ−ひ―"));
        assertEquals("e-mail", AnswerNormalizer.normalize("E-mail"));
    }

    @Test
    void punctuationIsDroppedOnlyAtTheEnd() {
        assertEquals("デス", AnswerNormalizer.normalize("です。"));
        assertEquals("デス", AnswerNormalizer.normalize("です．"));
        assertEquals("デス", AnswerNormalizer.normalize("です！"));
        assertEquals("デス", AnswerNormalizer.normalize("です?!"));
        assertEquals("デス", AnswerNormalizer.normalize("です。 "));
        assertEquals("ハイ。イイエ", AnswerNormalizer.normalize("はい。いいえ"));
        assertEquals("", AnswerNormalizer.normalize("。"));
    }

    @Test
    void nothingMatchesAnEmptyAnswer() {
        assertEquals("", AnswerNormalizer.normalize(null));
        assertFalse(AnswerNormalizer.sameAnswer("", ""));
        assertFalse(AnswerNormalizer.sameAnswer(null, "はい"));
        assertFalse(AnswerNormalizer.sameAnswer("　", "　"));
    }

    @Test
    void romajiIsNotTurnedIntoKana() {
        assertFalse(AnswerNormalizer.sameAnswer("arigatou", "ありがとう"));
        assertTrue(AnswerNormalizer.sameAnswer("Arigatou", "arigatou"));
    }

    @Test
    void aReadingMustBeTypedInKana() {
        assertTrue(AnswerNormalizer.sameReading("おかあさん", "おかあさん"));
        assertTrue(AnswerNormalizer.sameReading("おかーさん", "おかあさん"));
        assertTrue(AnswerNormalizer.sameReading("ｵｶｱｻﾝ", "おかあさん"));
        assertTrue(AnswerNormalizer.sameReading("オカアサン。", "おかあさん"));
        assertFalse(AnswerNormalizer.sameReading("okaasan", "おかあさん"));
        assertFalse(AnswerNormalizer.sameReading("お母さん", "おかあさん"));
        assertFalse(AnswerNormalizer.sameReading("おかさん", "おかあさん"));
        assertFalse(AnswerNormalizer.sameReading("", "おかあさん"));
    }

    @Test
    void aReadingIsKanaOnly() {
        assertTrue(AnswerNormalizer.isReading("かんじ"));
        assertTrue(AnswerNormalizer.isReading("コーヒー"));
        assertFalse(AnswerNormalizer.isReading("漢字"));
        assertFalse(AnswerNormalizer.isReading("kanji"));
        assertFalse(AnswerNormalizer.isReading(""));
        assertFalse(AnswerNormalizer.isReading(null));
    }
}
