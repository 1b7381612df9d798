package org.manabi.content.assessment.item;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberReadingTest {

    /** The number read, in plain notation without trailing zeros, or "none". */
    private static String read(String typed, String unit) {
        return NumberReading.read(typed, unit).map(n -> n.stripTrailingZeros().toPlainString()).orElse("none");
    }

    private static String read(String typed) {
        return read(typed, null);
    }

    @Test
    void fullWidthDigitsAndPointsAreDigitsAndPoints() {
        assertEquals("12.5", read("１２．５"));
        assertEquals("12.5", read("12.5"));
        assertEquals("1000", read("１，０００"));
        assertEquals("42", read(" 4 2 "));
    }

    @Test
    void aCommaBeforeThreeDigitsGroupsThousands() {
        assertEquals("1000", read("1,000"));
        assertEquals("1000", read("1000"));
        assertEquals("1000000", read("1,000,000"));
        assertEquals("1000", read("1、000"));
    }

    @Test
    void aCommaBeforeOtherThanThreeDigitsIsADecimalComma() {
        assertEquals("12.5", read("12,5"));
        assertEquals("0.25", read("0,25"));
        assertEquals("0.5", read(",5"));
    }

    @Test
    void withBothSeparatorsTheLastIsTheDecimalPoint() {
        assertEquals("1000.5", read("1,000.5"));
        assertEquals("1000.5", read("1.000,5"));
        assertEquals("1234567.89", read("1,234,567.89"));
        assertEquals("none", read("1,000.000,5"));
    }

    @Test
    void aSinglePointIsAlwaysADecimalPoint() {
        assertEquals("1", read("1.000"));
        assertEquals("5", read("5."));
        assertEquals("0.5", read(".5"));
        assertEquals("1000000", read("1.000.000"));
    }

    @Test
    void groupsMustHaveThreeDigits() {
        assertEquals("none", read("1,00,000"));
        assertEquals("none", read("1,000,00"));
        assertEquals("none", read("1.5.3"));
        assertEquals("none", read("1234,567,890"));
    }

    @Test
    void minusSignsFromEveryKeyboard() {
        assertEquals("-5", read("-5"));
        assertEquals("-5", read("−5"));
        assertEquals("-5", read("－５"));
        assertEquals("-5", read("ー５"));
        assertEquals("-2.5", read("ｰ2.5"));
        assertEquals("3", read("+3"));
        assertEquals("none", read("--3"));
    }

    @Test
    void kanjiNumerals() {
        assertEquals("2024", read("二〇二四"));
        assertEquals("2024", read("二千二十四"));
        assertEquals("10", read("十"));
        assertEquals("15", read("十五"));
        assertEquals("30000", read("三万"));
        assertEquals("123456", read("十二万三千四百五十六"));
        assertEquals("25000000", read("二千五百万"));
        assertEquals("100000000", read("一億"));
        assertEquals("-7", read("ー七"));
    }

    @Test
    void digitsWithKanjiUnits() {
        assertEquals("12000", read("1万2000"));
        assertEquals("15000", read("1.5万"));
        assertEquals("2000", read("2千"));
        assertEquals("10000000", read("1,000万"));
        assertEquals("30000", read("３万"));
    }

    @Test
    void kanjiNumeralsOutOfOrderAreNotNumbers() {
        assertEquals("none", read("千二千"));
        assertEquals("none", read("二十十五"));
        assertEquals("none", read("三万万"));
        assertEquals("none", read("万"));
        assertEquals("none", read("1万20000"));
        assertEquals("none", read("20百"));
        assertEquals("none", read("二千5000万"));
        assertEquals("none", read("1二"));
    }

    @Test
    void theItemsUnitMayFollow() {
        assertEquals("12.5", read("12.5 kg", "kg"));
        assertEquals("12.5", read("１２．５ｋｇ", "kg"));
        assertEquals("30000", read("３万円", "円"));
        assertEquals("none", read("12.5 g", "kg"));
        assertEquals("none", read("12.5kg", null));
    }

    @Test
    void anythingElseIsNotANumber() {
        assertEquals("none", read(null));
        assertEquals("none", read(""));
        assertEquals("none", read("abc"));
        assertEquals("none", read("1e3"));
        assertEquals("none", read("1/2"));
        assertEquals("none", read("."));
        assertEquals("none", read("-"));
        assertEquals("none", read("1".repeat(65)));
    }
}
