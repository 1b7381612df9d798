/** Lesson text: safe HTML from Markdown with furigana. */
package org.manabi.content.markup;
