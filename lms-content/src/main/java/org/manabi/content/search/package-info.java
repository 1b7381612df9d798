/**
 * Full-text search over the catalog: the {@link org.manabi.content.search.SearchIndex} port and
 * the types it speaks. Japanese is searched the way people type it: kanji, kana readings, romaji,
 * full- and half-width alike. The engine behind the port lives in the {@code lucene} sub-package,
 * the only code that imports Lucene.
 */
package org.manabi.content.search;
