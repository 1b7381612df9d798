package org.manabi.content.search.lucene;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.manabi.content.japanese.Kana;
import org.manabi.content.search.DocumentKind;
import org.manabi.content.search.LengthBucket;
import org.manabi.content.search.SearchDocument;

/** The index's fields, and how a {@link SearchDocument} becomes a Lucene document. */
final class Fields {

    static final String ID = "id";
    /** The course id as a term, so a course and all its lessons go in one delete. */
    static final String COURSE = "course";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String TAGS = "tags";
    static final String TITLE_READING = "title_reading";
    static final String TEXT_READING = "text_reading";
    static final String SUGGEST_TITLE = "suggest_title";
    static final String SUGGEST_READING = "suggest_reading";
    static final String TITLE_SORT = "title_sort";
    static final String PUBLISHED = "published";
    static final String AUTHOR = "author";
    static final String CATEGORY = "category";
    static final String LEVEL = "level";
    static final String LANGUAGE = "language";
    static final String LENGTH = "length";

    static final String COURSE_ID = "course_id";
    static final String LESSON_ID = "lesson_id";
    static final String COURSE_CODE = "course_code";
    static final String COURSE_TITLE = "course_title";
    static final String HOURS = "hours";

    /** The facet fields, in the order the results report them. */
    static final List<String> FACETS = List.of(CATEGORY, LEVEL, LANGUAGE, LENGTH);

    /** All four facet values of a document in one doc value, so counting needs one lookup a match. */
    static final String FACET_KEY = "facet_key";
    private static final char FACET_SEPARATOR = '\u001f';

    static final String YES = "1";

    /** Offsets in the postings let the highlighter mark matches without analysing the text again. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private Fields() {
    }

    static Document toDocument(SearchDocument source, Analysis analysis) {
        Document doc = new Document();
        keyword(doc, ID, source.id());
        doc.add(new SortedDocValuesField(ID, new BytesRef(source.id())));
        doc.add(new StringField(COURSE, Long.toString(source.courseId()), Field.Store.NO));
        keyword(doc, KIND, source.kind().name());
        doc.add(new SortedDocValuesField(KIND, new BytesRef(source.kind().name())));
        doc.add(new StoredField(COURSE_ID, source.courseId()));
        if (source.lessonId() != null) {
            doc.add(new StoredField(LESSON_ID, source.lessonId()));
        }
        doc.add(new StoredField(COURSE_CODE, nonNull(source.courseCode())));
        doc.add(new StoredField(COURSE_TITLE, nonNull(source.courseTitle())));
        doc.add(new StoredField(HOURS, source.estimatedHours()));

        String title = nonNull(source.title());
        String text = nonNull(source.text());
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        doc.add(new Field(TEXT, text, TEXT_WITH_OFFSETS));
        for (String tag : source.tags()) {
            doc.add(new TextField(TAGS, tag, Field.Store.NO));
        }
        List<String> titleReadings = analysis.readings(title);
        for (String reading : titleReadings) {
            doc.add(new TextField(TITLE_READING, reading, Field.Store.NO));
        }
        for (String reading : analysis.readings(text)) {
            doc.add(new TextField(TEXT_READING, reading, Field.Store.NO));
        }
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(Kana.normalize(title))));
        doc.add(new TextField(SUGGEST_TITLE, Analysis.prefixKey(title), Field.Store.NO));
        if (!title.isEmpty() && startsJapanese(Kana.normalize(title))) {
            for (String reading : titleReadings) {
                doc.add(new TextField(SUGGEST_READING, Analysis.prefixKey(reading.replace(" ", "")), Field.Store.NO));
            }
        }

        doc.add(new StringField(PUBLISHED, source.publishedToAll() ? YES : "0", Field.Store.NO));
        for (Long author : source.authorIds()) {
            doc.add(new StringField(AUTHOR, author.toString(), Field.Store.NO));
        }
        List<String> facetValues = List.of(facetValue(source.category()), facetValue(source.level()),
                facetValue(source.language()), LengthBucket.of(source.estimatedHours()).name());
        for (int f = 0; f < FACETS.size(); f++) {
            keyword(doc, FACETS.get(f), facetValues.get(f));
        }
        doc.add(new SortedDocValuesField(FACET_KEY,
                new BytesRef(String.join(String.valueOf(FACET_SEPARATOR), facetValues))));
        return doc;
    }

    static DocumentKind kind(String stored) {
        return DocumentKind.valueOf(stored);
    }

    private static boolean startsJapanese(String text) {
        Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** A facet value as counted: never null, and never holding the separator of {@link #FACET_KEY}. */
    private static String facetValue(String value) {
        return nonNull(value).replace(FACET_SEPARATOR, ' ');
    }

    /** The facet values of a {@link #FACET_KEY}, in the order of {@link #FACETS}. */
    static List<String> facetValues(String facetKey) {
        return List.of(facetKey.split(String.valueOf(FACET_SEPARATOR), -1));
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
