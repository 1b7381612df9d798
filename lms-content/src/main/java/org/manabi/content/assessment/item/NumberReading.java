package org.manabi.content.assessment.item;

import java.math.BigDecimal;
import java.util.Optional;
import org.manabi.content.japanese.Kana;

/**
 * Reads a number as a learner types it, with a Japanese or another keyboard. Decimal arithmetic
 * (BigDecimal) so that a tolerance boundary written in decimal is met exactly.
 *
 * <ul>
 * <li>Full-width digits, signs and separators count as their ASCII forms (１２．５ is 12.5); white
 *     space is ignored.</li>
 * <li>A leading -, −, － or ー (what the minus key gives in kana mode) makes it negative.</li>
 * <li>Separators: when both , and . appear, the last one is the decimal point and the other groups
 *     thousands (1,000.5 and 1.000,5 are both 1000.5). A single , followed by exactly three digits
 *     groups thousands (1,000 is one thousand, as in Japan), otherwise it is a decimal comma (12,5
 *     is 12.5). A single . is always a decimal point. Several of the same separator group
 *     thousands and must then stand every three digits.</li>
 * <li>Kanji numerals: 〇 to 九 written digit by digit (二〇二四), or with 十 百 千 and 万 億 兆
 *     (二千二十四, 三万), also mixed with digits (1万2000, 1.5万).</li>
 * <li>The item's unit may follow the number (12.5kg, ３万円).</li>
 * </ul>
 * Anything else (words, fractions, exponents) is not a number.
 */
final class NumberReading {

    /** Longer input is not a number a learner typed, and is not worth parsing. */
    private static final int MAXIMUM_LENGTH = 64;
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    private NumberReading() {
    }

    static Optional<BigDecimal> read(String typed, String unit) {
        // Checked before normalising too, so a pasted page costs nothing.
        if (typed == null || typed.length() > 4 * MAXIMUM_LENGTH) {
            return Optional.empty();
        }
        String text = squeeze(typed);
        if (unit != null) {
            String unitKey = squeeze(unit);
            if (!unitKey.isEmpty() && text.endsWith(unitKey)) {
                text = text.substring(0, text.length() - unitKey.length());
            }
        }
        if (text.isEmpty() || text.length() > MAXIMUM_LENGTH) {
            return Optional.empty();
        }
        boolean negative = false;
        char first = text.charAt(0);
        if (first == '+' || first == '-' || first == '−' || first == 'ー' || first == '‐' || first == '–') {
            negative = first != '+';
            text = text.substring(1);
        }
        BigDecimal magnitude = hasKanji(text) ? kanji(text) : arabic(text);
        if (magnitude == null) {
            return Optional.empty();
        }
        return Optional.of(negative ? magnitude.negate() : magnitude);
    }

    /** NFKC, lower case, no white space, 、 as a comma. */
    private static String squeeze(String text) {
        StringBuilder out = new StringBuilder();
        Kana.normalize(text).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> c == '、' ? ',' : c)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean hasKanji(String text) {
        return text.chars().anyMatch(c -> KANJI_DIGITS.indexOf(c) >= 0 || c == '零' || smallUnit((char) c) > 0
                || largeUnit((char) c) != null);
    }

    /** Digits with at most the separators described in the class comment; null when not that. */
    static BigDecimal arabic(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == ',' || c == '.')
                || text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int commas = count(text, ',');
        int points = count(text, '.');
        char decimal;
        if (commas > 0 && points > 0) {
            decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
        } else if (commas == 1) {
            decimal = text.length() - text.indexOf(',') - 1 == 3 ? 0 : ',';
        } else if (points == 1) {
            decimal = '.';
        } else {
            decimal = 0;
        }
        String whole = text;
        String fraction = "";
        if (decimal != 0) {
            if (count(text, decimal) != 1) {
                return null;
            }
            int at = text.indexOf(decimal);
            whole = text.substring(0, at);
            fraction = text.substring(at + 1);
            if (!fraction.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
        }
        String digits = ungroup(whole);
        if (digits == null) {
            return null;
        }
        return new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /** The digits of a whole part, checking that any grouping separator stands every three digits. */
    private static String ungroup(String whole) {
        char separator = whole.indexOf(',') >= 0 ? ',' : whole.indexOf('.') >= 0 ? '.' : 0;
        if (separator == 0) {
            return whole;
        }
        String other = separator == ',' ? "." : ",";
        if (whole.contains(other)) {
            return null;
        }
        String[] groups = whole.split(separator == ',' ? "," : "\\.", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups);
    }

    /**
     * Kanji numerals with 十 百 千 inside each four-digit section and 万 億 兆 between sections.
     * Each unit is smaller than the one before it; a number before 十 百 千 is a single digit 1 to
     * 9, and a bare 十 百 千 means one of them.
     */
    private static BigDecimal kanji(String text) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        int lastSmallUnit = Integer.MAX_VALUE;
        BigDecimal lastLargeUnit = null;
        boolean sectionUsed = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int small = smallUnit(c);
            BigDecimal large = largeUnit(c);
            if (small > 0) {
                if (small >= lastSmallUnit) {
                    return null;
                }
                BigDecimal coefficient = pending == null ? BigDecimal.ONE : pending;
                if (coefficient.scale() > 0 || coefficient.signum() == 0 || coefficient.compareTo(BigDecimal.TEN) >= 0) {
                    return null;
                }
                section = section.add(coefficient.multiply(BigDecimal.valueOf(small)));
                lastSmallUnit = small;
                pending = null;
                sectionUsed = true;
                i++;
            } else if (large != null) {
                if (lastLargeUnit != null && large.compareTo(lastLargeUnit) >= 0) {
                    return null;
                }
                if (pending != null) {
                    if (sectionUsed && !belowUnit(pending, lastSmallUnit)) {
                        return null;
                    }
                    section = section.add(pending);
                    sectionUsed = true;
                }
                if (!sectionUsed || section.signum() == 0) {
                    return null;
                }
                total = total.add(section.multiply(large));
                section = BigDecimal.ZERO;
                pending = null;
                lastSmallUnit = Integer.MAX_VALUE;
                lastLargeUnit = large;
                sectionUsed = false;
                i++;
            } else {
                if (pending != null) {
                    return null;
                }
                int end = i;
                boolean kanjiDigits = isKanjiDigit(c);
                while (end < text.length() && (kanjiDigits ? isKanjiDigit(text.charAt(end)) : isArabic(text.charAt(end)))) {
                    end++;
                }
                if (end == i) {
                    return null;
                }
                pending = kanjiDigits ? kanjiDigits(text.substring(i, end)) : arabic(text.substring(i, end));
                if (pending == null) {
                    return null;
                }
                i = end;
            }
        }
        if (pending != null) {
            if (sectionUsed && !belowUnit(pending, lastSmallUnit)) {
                return null;
            }
            // The last section after 万 億 兆 has four digits at most (1万2000, not 1万20000).
            if (lastLargeUnit != null && (pending.scale() > 0 || pending.compareTo(BigDecimal.valueOf(10_000)) >= 0)) {
                return null;
            }
            section = section.add(pending);
        }
        return total.add(section);
    }

    /** What follows 十 百 千 in a section is a whole number below the last of them (二十五, not 二十十五). */
    private static boolean belowUnit(BigDecimal pending, int lastSmallUnit) {
        return pending.scale() <= 0 && pending.compareTo(BigDecimal.valueOf(lastSmallUnit)) < 0;
    }

    private static BigDecimal kanjiDigits(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c == '零' ? 0 : KANJI_DIGITS.indexOf(c));
        }
        return new BigDecimal(out.toString());
    }

    private static boolean isKanjiDigit(char c) {
        return KANJI_DIGITS.indexOf(c) >= 0 || c == '零';
    }

    private static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    }

    private static int smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    private static BigDecimal largeUnit(char c) {
        return switch (c) {
            case '万' -> BigDecimal.valueOf(10_000L);
            case '億' -> BigDecimal.valueOf(100_000_000L);
            case '兆' -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> null;
        };
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
