package org.manabi.content.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The reading grams, and the queries that must line up with them. */
class ReadingGramFilterTest {

    /** Each token as "term@position". */
    private static List<String> grams(String readings) throws IOException {
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(readings));
        List<String> out = new ArrayList<>();
        try (TokenStream stream = new ReadingGramFilter(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term + "@" + position);
            }
            stream.end();
        }
        return out;
    }

    @Test
    void everyGramOfTwoToFourCharactersSharesItsStartingPosition() throws IOException {
        assertEquals(List.of("カゴ@0", "カゴシ@0", "カゴシマ@0", "ゴシ@1", "ゴシマ@1", "ゴシマベ@1",
                "シマ@2", "シマベ@2", "シマベン@2", "マベ@3", "マベン@3", "ベン@4"), grams("カゴシマベン"));
    }

    @Test
    void aOneCharacterReadingStaysAndTheNextReadingFollowsIt() throws IOException {
        assertEquals(List.of("キ@0", "ニホ@1", "ニホン@1", "ホン@2"), grams("キ ニホン"));
    }

    @Test
    void upToFourCharactersIsOneTermAndLongerIsAPhraseOfFourGramsAtTheirStarts() {
        assertEquals(new TermQuery(new Term("f", "カイゴ")), TypedQuery.reading("f", "カイゴ"));
        assertEquals(new PhraseQuery.Builder().add(new Term("f", "カゴシマ"), 0).add(new Term("f", "シマベン"), 2)
                .build(), TypedQuery.reading("f", "カゴシマベン"));
        assertEquals(new PhraseQuery.Builder().add(new Term("f", "ジョホセ"), 0).add(new Term("f", "キュリテ"), 4)
                .add(new Term("f", "ュリティ"), 5).build(), TypedQuery.reading("f", "ジョホセキュリティ"));
        assertNull(TypedQuery.reading("f", "カイゴx"), "no reading holds Latin letters");
    }
}
