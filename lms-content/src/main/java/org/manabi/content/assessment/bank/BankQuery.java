package org.manabi.content.assessment.bank;

/**
 * What to look for in the bank; null fields match everything.
 *
 * @param text  words in the prompt or option texts (case-insensitive substring)
 * @param limit at most this many, newest first (1 to 200)
 */
public record BankQuery(String tag, String level, String type, String skill, String text, int limit) {

    public BankQuery {
        tag = blankToNull(tag);
        level = blankToNull(level);
        type = blankToNull(type);
        skill = blankToNull(skill);
        text = blankToNull(text);
        limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, 200));
    }

    public static BankQuery all() {
        return new BankQuery(null, null, null, null, null, 200);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
