package org.manabi.content.japanese;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Kana and romaji in plain Java, so a reading typed in hiragana, katakana or romaji becomes the
 * same key as the reading the tokenizer gives for kanji. Long vowels are folded (ジョウホウ and
 * ジョホウ both become ジョホ) because people type them both ways, in kana and in romaji.
 */
public final class Kana {

    private static final Map<String, String> SYLLABLES = syllables();

    private Kana() {
    }

    /** NFKC and lower case: full-width Latin to ASCII, half-width katakana to full width. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public static boolean isKana(int c) {
        return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC;
    }

    /** True when the (normalised) text is all kana, so it can only be a reading. */
    public static boolean isAllKana(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(Kana::isKana);
    }

    public static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x3041 && c <= 0x3096 ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }

    /**
     * The key a reading is indexed and queried by: katakana with ヂ/ヅ/ヲ spelled as typed
     * (ジ/ズ/オ), the long-vowel mark dropped, and a vowel dropped after a syllable ending in the
     * same vowel, or ウ after an O syllable. エイ is kept: "ei" and "ee" are different words often
     * enough (先生 is typed sensei).
     */
    public static String foldReading(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        char previousVowel = 0;
        for (int i = 0; i < katakana.length(); i++) {
            char c = switch (katakana.charAt(i)) {
                case 'ヂ' -> 'ジ';
                case 'ヅ' -> 'ズ';
                case 'ヲ' -> 'オ';
                default -> katakana.charAt(i);
            };
            if (c == 'ー') {
                continue;
            }
            char vowel = vowelOf(c);
            boolean plainVowel = "アイウエオ".indexOf(c) >= 0;
            if (plainVowel && previousVowel != 0 && (vowel == previousVowel || (c == 'ウ' && previousVowel == 'o'))) {
                continue;
            }
            out.append(c);
            previousVowel = vowel;
        }
        return out.toString();
    }

    private static char vowelOf(char c) {
        if ("アァカガサザタダナハバパマャヤラワヮ".indexOf(c) >= 0) {
            return 'a';
        }
        if ("イィキギシジチヂニヒビピミリヰ".indexOf(c) >= 0) {
            return 'i';
        }
        if ("ウゥクグスズツヅヌフブプムュユルヴ".indexOf(c) >= 0) {
            return 'u';
        }
        if ("エェケゲセゼテデネヘベペメレヱ".indexOf(c) >= 0) {
            return 'e';
        }
        if ("オォコゴソゾトドノホボポモョヨロヲ".indexOf(c) >= 0) {
            return 'o';
        }
        return 0;
    }

    /**
     * Romaji (Hepburn or kunrei, as a Japanese keyboard takes it) to katakana, or null when the
     * word is not romaji. With {@code prefix}, an unfinished last syllable ("nih") is dropped
     * rather than making the whole word fail, so autocomplete works while typing.
     */
    public static String romajiToKatakana(String romaji, boolean prefix) {
        String s = romaji.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c == '-') {
                out.append('ー');
                i++;
                continue;
            }
            if (c == 'n' && (next == '\'' || (next != 0 && next != 'y' && !isVowel(next)))) {
                out.append('ン');
                i += next == '\'' ? 2 : 1;
                continue;
            }
            if (c == 'n' && next == 0) {
                if (!prefix) {
                    out.append('ン');
                }
                i++;
                continue;
            }
            if (c >= 'a' && c <= 'z' && !isVowel(c) && (c == next || (c == 't' && next == 'c'))) {
                out.append('ッ');
                i++;
                continue;
            }
            String kana = null;
            int length = 3;
            for (; length >= 1 && kana == null; length--) {
                if (i + length <= s.length()) {
                    kana = SYLLABLES.get(s.substring(i, i + length));
                }
            }
            if (kana == null) {
                boolean unfinished = prefix && s.length() - i <= 2
                        && s.substring(i).chars().allMatch(ch -> ch >= 'a' && ch <= 'z' && !isVowel((char) ch));
                return unfinished && !out.isEmpty() ? out.toString() : null;
            }
            out.append(kana);
            i += length + 1;
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
    }

    private static Map<String, String> syllables() {
        Map<String, String> m = new HashMap<>();
        String vowels = "aiueo";
        String[][] rows = {
            {"", "アイウエオ"}, {"k", "カキクケコ"}, {"g", "ガギグゲゴ"}, {"s", "サシスセソ"},
            {"z", "ザジズゼゾ"}, {"t", "タチツテト"}, {"d", "ダヂヅデド"}, {"n", "ナニヌネノ"},
            {"h", "ハヒフヘホ"}, {"b", "バビブベボ"}, {"p", "パピプペポ"}, {"m", "マミムメモ"},
            {"r", "ラリルレロ"}, {"l", "ラリルレロ"},
        };
        for (String[] row : rows) {
            for (int v = 0; v < 5; v++) {
                m.put(row[0] + vowels.charAt(v), String.valueOf(row[1].charAt(v)));
            }
        }
        String[][] yRows = {
            {"ky", "キ"}, {"gy", "ギ"}, {"sy", "シ"}, {"sh", "シ"}, {"zy", "ジ"}, {"jy", "ジ"}, {"j", "ジ"},
            {"ty", "チ"}, {"cy", "チ"}, {"ch", "チ"}, {"dy", "ヂ"}, {"ny", "ニ"}, {"hy", "ヒ"}, {"by", "ビ"},
            {"py", "ピ"}, {"my", "ミ"}, {"ry", "リ"},
        };
        for (String[] row : yRows) {
            m.put(row[0] + "a", row[1] + "ャ");
            m.put(row[0] + "u", row[1] + "ュ");
            m.put(row[0] + "o", row[1] + "ョ");
        }
        m.putAll(Map.ofEntries(
                Map.entry("shi", "シ"), Map.entry("she", "シェ"), Map.entry("chi", "チ"), Map.entry("che", "チェ"),
                Map.entry("ji", "ジ"), Map.entry("je", "ジェ"), Map.entry("tsu", "ツ"), Map.entry("fu", "フ"),
                Map.entry("fa", "ファ"), Map.entry("fi", "フィ"), Map.entry("fe", "フェ"), Map.entry("fo", "フォ"),
                Map.entry("ya", "ヤ"), Map.entry("yu", "ユ"), Map.entry("yo", "ヨ"),
                Map.entry("wa", "ワ"), Map.entry("wi", "ウィ"), Map.entry("we", "ウェ"), Map.entry("wo", "ヲ"),
                Map.entry("thi", "ティ"), Map.entry("dhi", "ディ"), Map.entry("twu", "トゥ"), Map.entry("dwu", "ドゥ"),
                Map.entry("va", "ヴァ"), Map.entry("vi", "ヴィ"), Map.entry("vu", "ヴ"), Map.entry("ve", "ヴェ"),
                Map.entry("vo", "ヴォ")));
        return Map.copyOf(m);
    }
}
