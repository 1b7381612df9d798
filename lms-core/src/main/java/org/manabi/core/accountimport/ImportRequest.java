package org.manabi.core.accountimport;

import java.util.Map;
import java.util.Optional;

/**
 * A file to import and how to read it.
 *
 * @param content        the file's bytes, at most {@link AccountImport#MAX_BYTES}
 * @param fileName       the name the administrator's computer gave it, for the audit trail, or {@code null}
 * @param encoding       the encoding the administrator chose, or empty to detect it
 * @param chosenColumns  header text per field, overriding the suggestion (empty text: leave the field out)
 * @param organisationId the organisation for rows that name none, or {@code null}
 * @param cohortId       the cohort to seat everyone in, or {@code null} to give no seats
 */
public record ImportRequest(byte[] content, String fileName, Optional<SourceEncoding> encoding,
                            Map<Column, String> chosenColumns, Long organisationId, Long cohortId) {

    public ImportRequest {
        chosenColumns = Map.copyOf(chosenColumns);
    }
}
