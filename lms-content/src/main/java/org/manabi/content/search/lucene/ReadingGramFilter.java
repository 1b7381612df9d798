package org.manabi.content.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns each reading (a run of folded katakana) into its 2-, 3- and 4-character grams, all the grams
 * that start at one character sharing that character's position. A kana query of up to
 * {@value #LONGEST} characters is then one term, found without reading positions; a longer one is
 * a phrase of a few 4-grams (see {@link TypedQuery}). Bigrams alone made every kana query a
 * phrase, and checking phrase positions over a third of the catalog was the slowest part of a
 * kana or romaji search. A one-character reading is kept as it is.
 */
final class ReadingGramFilter extends TokenFilter {

    static final int LONGEST = 4;
    private static final int SHORTEST = 2;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    private char[] reading = new char[0];
    private int length;
    private int start;
    private int gram;
    private int firstIncrement;
    private boolean pending;

    ReadingGramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (pending) {
                if (start + gram <= length && gram <= LONGEST) {
                    emit();
                    return true;
                }
                start++;
                gram = SHORTEST;
                if (start + SHORTEST > length) {
                    pending = false;
                    continue;
                }
                emit();
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            if (term.length() < SHORTEST) {
                return true;
            }
            length = term.length();
            reading = Arrays.copyOf(term.buffer(), length);
            firstIncrement = position.getPositionIncrement();
            start = 0;
            gram = SHORTEST;
            pending = true;
            emit();
            return true;
        }
    }

    /** Writes the gram at {@code start} of length {@code gram}, then moves to the next length. */
    private void emit() {
        term.copyBuffer(reading, start, gram);
        if (gram == SHORTEST) {
            position.setPositionIncrement(start == 0 ? firstIncrement : 1);
        } else {
            position.setPositionIncrement(0);
        }
        gram++;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = false;
    }
}
