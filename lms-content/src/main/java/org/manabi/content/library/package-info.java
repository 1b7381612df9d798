/**
 * The bundled course library: JLPT vocabulary, kanji and grammar courses built from the open data
 * sets in {@code content-samples}, the hand-written course packages stored there, and a seeded
 * generator of large synthetic catalogs for search and load tests. The data is read from the class
 * path at run time, so this module never compiles against {@code content-samples}.
 */
package org.manabi.content.library;
