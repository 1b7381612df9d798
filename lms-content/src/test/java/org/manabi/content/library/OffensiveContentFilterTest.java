package org.manabi.content.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OffensiveContentFilterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "あっち行け！|Go to hell!",
        "さっさと死ね！|Die already!",
        "動くな撃つぞ。|Don't move, or I'll shoot you.",
        "君は僕をいらいらさせる。|You piss me off!",
        "馬鹿みたい！|You look stupid.",
        "トムは自殺した。|Tom committed suicide.",
        "裸で寝ます。|I sleep naked.",
        "トムは麻薬を売買している。|Tom is dealing drugs.",
        "私は自分を嫌う。|I hate myself."
    })
    void dropsExamplesFoundInTheData(String japanese, String english) {
        assertFalse(OffensiveContentFilter.allows(japanese, english));
    }

    @ParameterizedTest
    @ValueSource(strings = {"くそ、また遅刻だ。", "Damn it.", "He is a real idiot.", "KILL", "Shit happens"})
    void eitherSideAloneIsEnough(String text) {
        assertTrue(OffensiveContentFilter.isOffensive(text));
        assertFalse(OffensiveContentFilter.allows(text, "Fine."));
        assertFalse(OffensiveContentFilter.allows("大丈夫です。", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "あさって来てください。|Come the day after tomorrow.",
        "こんにちは、お元気ですか。|Hello, how are you?",
        "玉ねぎが嫌い。|I hate onions.",
        "このシェルは便利です。|This shell is handy.",
        "ダイエットを始めた。|I started a diet.",
        "病院で働いています。|I work at a hospital."
    })
    void keepsOrdinarySentences(String japanese, String english) {
        assertTrue(OffensiveContentFilter.allows(japanese, english));
    }

    @Test
    void emptyAndNullAreClean() {
        assertFalse(OffensiveContentFilter.isOffensive(null));
        assertFalse(OffensiveContentFilter.isOffensive(""));
    }
}
