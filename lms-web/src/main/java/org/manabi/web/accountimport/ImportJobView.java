package org.manabi.web.accountimport;

import java.util.List;
import org.manabi.core.accountimport.ImportJob;

/**
 * An import in the background.
 *
 * @param state                {@code HASHING}, {@code WRITING}, {@code DONE} or {@code FAILED}
 * @param done                 steps done, of {@code steps} (two per row: hash its password, write it)
 * @param created              accounts written, once {@code DONE}
 * @param credentialsAvailable whether the one-time passwords can still be downloaded (only once)
 * @param errors               why it failed; nothing was written then
 */
public record ImportJobView(String id, String state, int rows, int done, int steps, int created,
                            boolean credentialsAvailable, List<RowErrorView> errors) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.state().name(), job.rows(), job.done(), job.steps(), job.created(),
                job.credentialsAvailable(), job.errors().stream().map(RowErrorView::of).toList());
    }
}
