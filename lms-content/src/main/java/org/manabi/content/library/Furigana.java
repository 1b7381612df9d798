package org.manabi.content.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a word with its reading in the lesson Markdown's furigana syntax, {@code {漢字|かんじ}}.
 * The reading goes over the kanji only, not over the kana around and between them (okurigana), so
 * 食べ物 / たべもの becomes {@code {食|た}べ{物|もの}}; a learner then sees which kanji reads how.
 */
public final class Furigana {

    private Furigana() {
    }

    /** True when the text holds at least one kanji (including 々, 〆 and the counter ヶ). */
    public static boolean hasKanji(String text) {
        return text.codePoints().anyMatch(Furigana::isKanji);
    }

    /**
     * The word in furigana syntax. A word without kanji, or with no reading, comes back as it is.
     * When the kana of the word cannot be lined up with the reading, the reading goes over the
     * whole word.
     */
    public static String annotate(String word, String reading) {
        if (reading == null || reading.isBlank() || !hasKanji(word)) {
            return word;
        }
        List<String> runs = runs(word);
        StringBuilder regex = new StringBuilder("^");
        for (String run : runs) {
            if (isKanji(run.codePointAt(0))) {
                regex.append("(.+)");
            } else {
                regex.append("(").append(Pattern.quote(toHiragana(run))).append(")");
            }
        }
        regex.append("$");
        Matcher m = Pattern.compile(regex.toString()).matcher(toHiragana(reading));
        if (!m.matches()) {
            return "{" + word + "|" + reading + "}";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            String run = runs.get(i);
            if (isKanji(run.codePointAt(0))) {
                out.append('{').append(run).append('|')
                        .append(reading, m.start(i + 1), m.end(i + 1)).append('}');
            } else {
                out.append(run);
            }
        }
        return out.toString();
    }

    private static List<String> runs(String word) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean kanji = null;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            boolean k = isKanji(cp);
            if (kanji != null && k != kanji) {
                runs.add(run.toString());
                run.setLength(0);
            }
            run.appendCodePoint(cp);
            kanji = k;
            i += Character.charCount(cp);
        }
        runs.add(run.toString());
        return runs;
    }

    private static boolean isKanji(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2FA1F) || cp == '々' || cp == '〆' || cp == 'ヶ';
    }

    /** Katakana to hiragana, one character for one, so positions stay the same. */
    static String toHiragana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'ァ' && c <= 'ヶ' && c != 'ヵ' && c != 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }
}
