package org.manabi.content.search.lucene;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.manabi.content.search.SearchIndex;
import org.manabi.core.config.ManabiConfig;

/**
 * The application's one search index, on disk under {@code <data>/search}, opened when first used
 * and closed (with a final commit) when the application stops.
 */
@ApplicationScoped
public class SearchIndexProducer {

    @Inject
    ManabiConfig config;

    @Produces
    @ApplicationScoped
    SearchIndex open() {
        return LuceneSearchIndex.open(config.dataDir().resolve("search"));
    }

    void close(@Disposes SearchIndex index) {
        ((LuceneSearchIndex) index).close();
    }
}
