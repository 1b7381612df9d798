package org.manabi.content.assessment.item;

/**
 * A choice, an item to put in order, or one side of a matching pair. The id is what a response
 * names and what grading compares, so shuffling the text around never changes what is graded. The
 * browser sees ids, so an id must say nothing about the answer: letters ("a", "b") or generated
 * ids, never "correct" or an id that repeats its partner's in a matching pair.
 *
 * @param id   1 to 32 characters from {@code [A-Za-z0-9_-]}, unique within the item
 * @param text Markdown, which may carry furigana ({@code {漢字|かんじ}})
 */
public record Option(String id, String text) {

    public Option {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("option.id: must be 1 to 32 characters from [A-Za-z0-9_-], was "
                    + (id == null ? "null" : "'" + id + "'"));
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("option.text: must not be blank (option '" + id + "')");
        }
    }
}
