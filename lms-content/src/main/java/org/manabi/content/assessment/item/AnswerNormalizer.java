package org.manabi.content.assessment.item;

import org.manabi.content.japanese.Kana;

/**
 * Compares typed answers the way a Japanese teacher would: differences that come from the keyboard
 * or the input method do not count, differences in spelling do.
 *
 * <p>{@link #normalize(String)} makes the key an answer is compared by:
 * <ol>
 * <li>NFKC and lower case ({@link Kana#normalize(String)}): ＪＬＰＴ becomes jlpt, ｶﾀｶﾅ becomes
 *     カタカナ, １２ becomes 12;</li>
 * <li>all white space is removed, the ideographic space U+3000 and zero-width spaces included;</li>
 * <li>every wave dash or tilde (〜, ～, ~, 〰) becomes 〜;</li>
 * <li>a hyphen or dash straight after a kana becomes the long-vowel mark ー (コ-ヒ- is
 *     コーヒー);</li>
 * <li>a run of 。 . ! ? at the end is dropped;</li>
 * <li>hiragana becomes katakana, so かたかな and カタカナ are one answer.</li>
 * </ol>
 *
 * <p>Two keys are then compared letter by letter, except that the long-vowel mark ー stands for the
 * vowel of the kana before it: コーヒー matches こおひい, おかーさん matches おかあさん. After an
 * O-row kana it also stands for う (おとーさん, おとうさん) and after an E-row kana for い
 * (せんせー, せんせい), as those long vowels are usually spelled. Written vowels stay strict:
 * おばさん is not おばあさん, ゆき is not ゆうき, とお is not とう, を is not お. That is why this
 * class does not use {@link Kana#foldReading(String)}, which folds all of these together for search.
 *
 * <p>Romaji is never turned into kana: an answer in romaji matches only an accepted answer written
 * in romaji, and a reading ({@link #sameReading(String, String)}) must be typed in kana.
 */
public final class AnswerNormalizer {

    private static final char LONG_VOWEL = 'ー';
    private static final char WAVE_DASH = '〜';

    private AnswerNormalizer() {
    }

    /** The comparison key of a typed answer (see the class comment); "" for null. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String text = Kana.normalize(typed);
        StringBuilder out = new StringBuilder(text.length());
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                continue;
            }
            if (isTilde(c)) {
                c = WAVE_DASH;
            } else if (isDash(c) && previous != -1 && Kana.isKana(previous)) {
                c = LONG_VOWEL;
            }
            out.appendCodePoint(c);
            previous = c;
        }
        int end = out.length();
        while (end > 0 && "。.!?".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        out.setLength(end);
        return Kana.toKatakana(out.toString());
    }

    /**
     * Whether a typed answer matches an accepted one. An empty answer matches nothing.
     */
    public static boolean sameAnswer(String typed, String accepted) {
        return sameKey(normalize(typed), normalize(accepted));
    }

    /**
     * Whether a typed reading matches an accepted reading: as {@link #sameAnswer(String, String)},
     * but the typed answer must be all kana, so romaji ("okaasan") and kanji are refused.
     */
    public static boolean sameReading(String typed, String acceptedReading) {
        String key = normalize(typed);
        return Kana.isAllKana(key) && sameKey(key, normalize(acceptedReading));
    }

    /** Whether a text, once normalised, is a non-empty run of kana (and long-vowel marks). */
    public static boolean isReading(String text) {
        return Kana.isAllKana(normalize(text));
    }

    private static boolean sameKey(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.length() != b.length()) {
            return false;
        }
        // The vowel the last kana ended on, which a following ー stands for; 0 after anything else.
        char vowel = 0;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x == y) {
                if (x != LONG_VOWEL) {
                    vowel = vowelOf(x);
                }
            } else if (!(x == LONG_VOWEL && lengthens(vowel, y)) && !(y == LONG_VOWEL && lengthens(vowel, x))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code kana}, written after a syllable ending in {@code vowel}, is what ー stands for. */
    private static boolean lengthens(char vowel, char kana) {
        return switch (vowel) {
            case 'a' -> kana == 'ア';
            case 'i' -> kana == 'イ';
            case 'u' -> kana == 'ウ';
            case 'e' -> kana == 'エ' || kana == 'イ';
            case 'o' -> kana == 'オ' || kana == 'ウ';
            default -> false;
        };
    }

    private static char vowelOf(char katakana) {
        if ("アァカガサザタダナハバパマャヤラワヮ".indexOf(katakana) >= 0) {
            return 'a';
        }
        if ("イィキギシジチヂニヒビピミリヰ".indexOf(katakana) >= 0) {
            return 'i';
        }
        if ("ウゥクグスズツヅヌフブプムュユルヴ".indexOf(katakana) >= 0) {
            return 'u';
        }
        if ("エェケゲセゼテデネヘベペメレヱ".indexOf(katakana) >= 0) {
            return 'e';
        }
        if ("オォコゴソゾトドノホボポモョヨロヲ".indexOf(katakana) >= 0) {
            return 'o';
        }
        return 0;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
    }

    private static boolean isTilde(int c) {
        return c == '~' || c == 0x301C || c == 0xFF5E || c == 0x3030 || c == 0x2053 || c == 0x223C;
    }

    private static boolean isDash(int c) {
        return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
    }
}
