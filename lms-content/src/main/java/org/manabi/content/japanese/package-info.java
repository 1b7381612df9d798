/**
 * Japanese text in plain Java: kana conversion, romaji, and the folding of long vowels, shared by
 * search (readings) and grading (answers typed in either kana).
 */
package org.manabi.content.japanese;
