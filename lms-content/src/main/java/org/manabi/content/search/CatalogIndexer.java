package org.manabi.content.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.manabi.content.catalog.CourseChanged;

/**
 * Keeps the index in step with the catalog: after a change to a course commits, its documents are
 * replaced (a course's lessons may have changed ids, so the course is removed and written again).
 * A failure here never undoes the committed change; a rebuild mends the index.
 */
@ApplicationScoped
public class CatalogIndexer {

    private static final Logger LOG = Logger.getLogger(CatalogIndexer.class.getName());

    @Inject
    SearchIndex index;

    @Inject
    CatalogDocuments documents;

    void onCourseChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseChanged change) {
        try {
            reindex(change.courseId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not index course " + change.courseId() + "; rebuild the index to mend it", e);
        }
    }

    public void reindex(long courseId) {
        index.deleteCourse(courseId);
        documents.forCourse(courseId).ifPresent(index::upsert);
    }
}
