package org.manabi.content.search.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.manabi.content.japanese.Kana;

/**
 * The analysis chains, one per kind of field, and the reading of a text. Lucene analyzers reuse
 * their token streams per thread, so one instance of each serves every thread.
 */
final class Analysis implements AutoCloseable {

    /** Longest prefix autocomplete looks at; longer prefixes are cut to this. */
    static final int MAX_PREFIX = 40;

    /**
     * English function words that would otherwise make every query typed as a sentence miss.
     * "it" is left out on purpose: IT is a course category.
     */
    private static final CharArraySet STOP_WORDS = stopWords();

    /** Readings people type that differ from the dictionary's; a short list of famous cases. */
    private static final Map<String, String> SPOKEN_READINGS = Map.of("日本", "ニホン");

    private final Analyzer words = new WordsAnalyzer();
    private final Analyzer readingGrams = new ReadingGramAnalyzer();
    private final Analyzer prefixes = new PrefixAnalyzer();
    private final Analyzer readingTokens = new ReadingTokenAnalyzer();
    private final Analyzer perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return switch (fieldName) {
                case Fields.TITLE_READING, Fields.TEXT_READING -> readingGrams;
                case Fields.SUGGEST_TITLE, Fields.SUGGEST_READING -> prefixes;
                default -> words;
            };
        }
    };

    /** The analyzer for the whole index (and for building queries): picks the chain by field. */
    Analyzer analyzer() {
        return perField;
    }

    /**
     * The text's reading as folded katakana: kuromoji's reading of each word, runs of adjacent
     * Japanese words joined (鹿児島弁 → カゴシマベン) and separated by a space wherever the
     * text has something else (Latin, digits, punctuation). Joining is what lets かごしま match
     * even though kuromoji would split the kana alone differently (カゴ/シマ). When a word has a
     * second common reading the dictionary does not give (日本 is read ニッポン, typed にほん), a
     * second reading with it follows.
     */
    List<String> readings(String text) {
        StringBuilder dictionary = new StringBuilder(text.length());
        StringBuilder spoken = new StringBuilder(text.length());
        StringBuilder dictionaryRun = new StringBuilder();
        StringBuilder spokenRun = new StringBuilder();
        boolean differs = false;
        try (TokenStream tokens = readingTokens.tokenStream("reading", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokens.addAttribute(ReadingAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            int lastEnd = -1;
            while (tokens.incrementToken()) {
                String surface = term.toString();
                String kana = reading.getReading();
                if (kana == null && Kana.isAllKana(surface)) {
                    kana = Kana.toKatakana(surface);
                }
                if (kana == null || (lastEnd >= 0 && offset.startOffset() != lastEnd)) {
                    flush(dictionaryRun, dictionary);
                    flush(spokenRun, spoken);
                }
                if (kana != null) {
                    String alternative = SPOKEN_READINGS.get(surface);
                    differs |= alternative != null;
                    dictionaryRun.append(kana);
                    spokenRun.append(alternative != null ? alternative : kana);
                }
                lastEnd = offset.endOffset();
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(dictionaryRun, dictionary);
        flush(spokenRun, spoken);
        return differs ? List.of(dictionary.toString(), spoken.toString()) : List.of(dictionary.toString());
    }

    private static void flush(StringBuilder run, StringBuilder out) {
        if (!run.isEmpty()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Kana.foldReading(run.toString()));
            run.setLength(0);
        }
    }

    /** What the prefix fields hold for a title: the title itself, normalised, cut to size. */
    static String prefixKey(String text) {
        String normalized = Kana.normalize(text).strip();
        return normalized.length() > MAX_PREFIX ? normalized.substring(0, MAX_PREFIX) : normalized;
    }

    @Override
    public void close() {
        perField.close();
        words.close();
        readingGrams.close();
        prefixes.close();
        readingTokens.close();
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(JapaneseAnalyzer.getDefaultStopSet(), false);
        set.addAll(List.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into",
                "is", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
                "these", "they", "this", "to", "was", "will", "with"));
        return CharArraySet.unmodifiableSet(set);
    }

    /**
     * Titles, tags and bodies. Width is folded before kuromoji sees the text, so half-width
     * katakana (ｾｷｭﾘﾃｨ) is segmented like full width. SEARCH mode splits compounds
     * (情報セキュリティ → 情報 / セキュリティ) and keeps the compound too. The Porter stemmer
     * runs on Latin words only; on kana it would do nothing useful and cost time.
     */
    private static final class WordsAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
            TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
            stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
            stream = new CJKWidthFilter(stream);
            stream = new JapaneseKatakanaStemFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new EnglishPossessiveFilter(stream);
            stream = new LatinOnly(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private static final class LatinOnly extends ConditionalTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        LatinOnly(TokenStream input) {
            super(input, PorterStemFilter::new);
        }

        @Override
        protected boolean shouldFilter() {
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (c < 'a' || c > 'z') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Readings (already folded katakana, see {@link #readings}) as overlapping pairs of kana. */
    /** Readings are folded katakana runs separated by spaces (see {@link #readings}). */
    private static final class ReadingGramAnalyzer extends Analyzer {
        /** Keeps a phrase from running from one reading of a text into the next. */
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new WhitespaceTokenizer();
            return new TokenStreamComponents(tokenizer, new ReadingGramFilter(tokenizer));
        }
    }

    /** Every prefix of the (already normalised) value, so autocomplete is one term lookup. */
    private static final class PrefixAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(tokenizer, 1, MAX_PREFIX, false));
        }
    }

    /** NORMAL mode: whole words give the dictionary's reading of the word as people say it. */
    private static final class ReadingTokenAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));
        }
    }
}
