/**
 * Lesson Markdown: CommonMark with furigana ({@code {漢字|かんじ}}), rendered to HTML that cannot run
 * anything, and to plain text for the search index.
 */
package org.manabi.content.markup;
