package org.manabi.content.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.manabi.core.system.BackgroundWork;
import org.manabi.content.catalog.CourseCatalog;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.system.ServerStarted;

/**
 * Rebuilds the whole index from the database in the background, one at a time, with progress for
 * the administrator's progress bar. Searches keep answering from the old index until the new one is
 * complete. On start-up, an empty index over a non-empty catalog is rebuilt on its own.
 */
@ApplicationScoped
public class IndexRebuild {

    static final String STARTED = "SEARCH_INDEX_REBUILD_STARTED";
    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());

    @Inject
    SearchIndex index;

    @Inject
    CatalogDocuments documents;

    @Inject
    CourseCatalog catalog;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    private volatile Progress progress = Progress.idle(0);

    /**
     * Where a rebuild stands.
     *
     * @param courses      courses to index
     * @param coursesDone  courses indexed so far
     * @param documents    documents written so far
     */
    public record Progress(boolean running, long courses, long coursesDone, long documents, Instant startedAt,
                           Instant finishedAt, String failure, long indexSize) {

        static Progress idle(long indexSize) {
            return new Progress(false, 0, 0, 0, null, null, null, indexSize);
        }
    }

    void onServerStarted(@Observes ServerStarted started) {
        if (index.size() == 0 && catalog.courseCount() > 0) {
            start(AuditEntry.SYSTEM_ACTOR);
        }
    }

    /** Starts a rebuild unless one is running; either way answers with the current progress. */
    public synchronized Progress start(String actor) {
        if (progress.running()) {
            return progress;
        }
        List<Long> courseIds = catalog.allCourseIds();
        Instant startedAt = clock.instant();
        progress = new Progress(true, courseIds.size(), 0, 0, startedAt, null, null, index.size());
        auditLog.record(new AuditEntry(actor, STARTED, "search-index", courseIds.size() + " courses", null, null));
        BackgroundWork.executor().submit(() -> run(courseIds, startedAt));
        return progress;
    }

    public Progress progress() {
        Progress current = progress;
        return current.running() ? current : new Progress(false, current.courses(), current.coursesDone(),
                current.documents(), current.startedAt(), current.finishedAt(), current.failure(), index.size());
    }

    private void run(List<Long> courseIds, Instant startedAt) {
        AtomicLong coursesDone = new AtomicLong();
        AtomicLong written = new AtomicLong();
        try {
            index.replaceAll(courseIds.stream().flatMap(id -> {
                List<SearchDocument> forCourse = documents.forCourse(id).orElse(List.of());
                progress = new Progress(true, courseIds.size(), coursesDone.incrementAndGet(), written.get(),
                        startedAt, null, null, 0);
                return forCourse.stream();
            }), written::set);
            progress = new Progress(false, courseIds.size(), coursesDone.get(), written.get(), startedAt,
                    clock.instant(), null, index.size());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index rebuild failed", e);
            progress = new Progress(false, courseIds.size(), coursesDone.get(), written.get(), startedAt,
                    clock.instant(), e.getClass().getSimpleName(), index.size());
        }
    }
}
