/**
 * The catalog search index on Apache Lucene, behind the {@link org.manabi.content.search.SearchIndex}
 * port. It is the one package that imports Lucene, so the engine can be upgraded or replaced
 * without touching the rest of the application.
 */
package org.manabi.content.search.lucene;
