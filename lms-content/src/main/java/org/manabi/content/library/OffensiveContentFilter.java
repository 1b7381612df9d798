package org.manabi.content.library;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps crude, violent, sexual and insulting example sentences out of the bundled courses. The
 * upstream examples come from Tatoeba, a community corpus that includes lines such as
 * "あっち行け！ / Go to hell!", which have no place in a course for workers and their employers.
 *
 * <p>The filter errs on the side of dropping: an example is cheap to lose (most words have two),
 * an offensive one in front of a class is not. It judges the Japanese and the English of a pair
 * separately, because either side alone can be the offensive one.
 */
public final class OffensiveContentFilter {

    private static final Pattern ENGLISH = Pattern.compile("\\b(?:"
            + "hell|damn\\w*|fuck\\w*|shit\\w*|piss\\w*|crap|bitch\\w*|bastard\\w*|ass|asshole\\w*"
            + "|kill\\w*|murder\\w*|die[sd]?|dying|dead|death\\w*|suicid\\w*|corpse\\w*"
            + "|gun\\w*|shoot\\w*|weapon\\w*|stab\\w*|bomb\\w*|bloody|violen\\w*|tortur\\w*|terror\\w*"
            + "|rape\\w*|sex\\w*|naked|nude|breast\\w*|prostitut\\w*|whore\\w*|slut\\w*|porn\\w*"
            + "|stupid|idiot\\w*|moron\\w*|fool\\w*|ugly|fat|retard\\w*|drunk\\w*|drug\\w*"
            + "|nigg\\w*|jap|japs|chink\\w*|gook\\w*|slave\\w*"
            + "|hate (?:myself|yourself|me|you|us|them|him|her)"
            + ")\\b");

    /** Substrings: Japanese has no word boundaries, so a few innocent compounds are dropped too. */
    private static final String[] JAPANESE = {
        "死ね", "死ん", "殺", "自殺", "死体", "銃", "撃つ", "刺す", "暴力", "強盗", "麻薬", "地獄",
        "裸", "遊女", "売春", "性的", "エロ", "馬鹿", "バカ", "ばか", "アホ", "あほ", "デブ",
        "ブス", "くそ", "クソ", "糞", "畜生", "ちくしょう", "酔っ払", "犯す"
    };

    private OffensiveContentFilter() {
    }

    /** True when a pair of example sentences may be shown. */
    public static boolean allows(String japanese, String english) {
        return !isOffensive(japanese) && !isOffensive(english);
    }

    /** True when the text, in Japanese or English, contains a listed word. Null counts as clean. */
    public static boolean isOffensive(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (String word : JAPANESE) {
            if (text.contains(word)) {
                return true;
            }
        }
        return ENGLISH.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
