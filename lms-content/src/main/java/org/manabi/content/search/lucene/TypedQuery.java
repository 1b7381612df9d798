package org.manabi.content.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.manabi.content.japanese.Kana;

/**
 * Turns what someone typed into a query. It is never parsed as Lucene syntax: quotes, stars,
 * colons and AND are just characters, and the analyzers throw the punctuation away. Every
 * space-separated word must match; a word matches when its kanji/Latin form is in the title, tags or
 * body, or when its reading (typed as kana or romaji) is a run of the title's or body's reading.
 */
final class TypedQuery {

    /** Enough for any real query, and far from Lucene's clause limit. */
    private static final int MAX_WORDS = 16;
    private static final int MAX_LENGTH = 256;

    private static final float TITLE_BOOST = 4f;
    private static final float TAGS_BOOST = 2f;
    private static final float TITLE_READING_BOOST = 3f;
    private static final float TEXT_READING_BOOST = 0.8f;
    /** Romaji could also be an English word (kanban, sushi, amine): its reading counts for less. */
    private static final float ROMAJI_BOOST = 0.5f;

    private final QueryBuilder builder;

    TypedQuery(Analysis analysis) {
        this.builder = new QueryBuilder(analysis.analyzer());
    }

    /**
     * What a search for {@code typed} runs: the query that finds and ranks, and the part of it on
     * the body text, which is all the snippets need (highlighting with the whole query would match
     * every title and reading clause again for every hit).
     */
    record Parsed(Query match, Query highlight) {
    }

    /** The queries for {@code typed}, or null when it holds nothing searchable (browse everything). */
    Parsed parse(String typed) {
        String text = Kana.normalize(typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed);
        List<Query> words = new ArrayList<>();
        List<Query> inText = new ArrayList<>();
        for (String word : text.split("[\\s\\p{Z}]+")) {
            Query query = word(word, inText);
            if (query != null) {
                words.add(query);
            }
            if (words.size() == MAX_WORDS) {
                break;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        inText.forEach(q -> highlight.add(q, Occur.SHOULD));
        if (words.size() == 1) {
            return new Parsed(words.get(0), highlight.build());
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(q -> all.add(q, Occur.MUST));
        return new Parsed(all.build(), highlight.build());
    }

    /** The ways {@code word} can match, or null; its body-text query, if any, is added to {@code inText}. */
    private Query word(String word, List<Query> inText) {
        if (word.isEmpty()) {
            return null;
        }
        List<Query> ways = new ArrayList<>();
        add(ways, builder.createBooleanQuery(Fields.TITLE, word, Occur.MUST), TITLE_BOOST);
        add(ways, builder.createBooleanQuery(Fields.TAGS, word, Occur.MUST), TAGS_BOOST);
        Query body = builder.createBooleanQuery(Fields.TEXT, word, Occur.MUST);
        add(ways, body, 1f);
        if (body != null) {
            inText.add(body);
        }

        String bare = word.replaceAll("[^\\p{L}\\p{N}ー'-]", "");
        String reading = null;
        float readingWeight = 1f;
        if (Kana.isAllKana(bare)) {
            reading = Kana.toKatakana(bare);
        } else if (bare.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '\'' || c == '-')) {
            reading = Kana.romajiToKatakana(bare, false);
            readingWeight = ROMAJI_BOOST;
        }
        if (reading != null) {
            String key = Kana.foldReading(reading);
            add(ways, reading(Fields.TITLE_READING, key), TITLE_READING_BOOST * readingWeight);
            add(ways, reading(Fields.TEXT_READING, key), TEXT_READING_BOOST * readingWeight);
        }
        if (ways.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        ways.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /**
     * A reading key as the index holds it ({@link ReadingGramFilter}): up to four characters is one
     * gram; a longer key is a phrase of 4-grams that covers it, each placed at the character where
     * it starts. Null for an empty key, or one with anything but katakana, which no reading holds.
     */
    static Query reading(String field, String key) {
        if (key.isEmpty() || !Kana.isAllKana(key)) {
            return null;
        }
        if (key.length() <= ReadingGramFilter.LONGEST) {
            return new TermQuery(new Term(field, key));
        }
        int longest = ReadingGramFilter.LONGEST;
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int start = 0; start < key.length() - longest; start += longest) {
            phrase.add(new Term(field, key.substring(start, start + longest)), start);
        }
        int last = key.length() - longest;
        phrase.add(new Term(field, key.substring(last)), last);
        return phrase.build();
    }

    private static void add(List<Query> ways, Query query, float boost) {
        if (query != null) {
            ways.add(boost == 1f ? query : new BoostQuery(query, boost));
        }
    }
}
