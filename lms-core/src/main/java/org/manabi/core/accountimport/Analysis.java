package org.manabi.core.accountimport;

import java.util.List;
import java.util.Map;

/**
 * A file read and checked, row by row: what a preview shows, and what a commit writes when no row
 * has an error.
 *
 * @param columns the header used for each field
 * @param cohort  the cohort everyone is seated in, or {@code null}
 */
public record Analysis(String fileName, SourceEncoding encoding, boolean byteOrderMark, char delimiter,
                       List<String> headers, Map<Column, String> columns, List<ImportRow> rows,
                       CohortRef cohort) {

    /** The cohort chosen for the file, with its programme, by name for the preview. */
    public record CohortRef(long id, String name, long programmeId, String programmeName) {
    }

    public Analysis {
        headers = List.copyOf(headers);
        columns = Map.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public long invalidRows() {
        return rows.stream().filter(row -> !row.valid()).count();
    }

    public List<RowError> errors() {
        return rows.stream().flatMap(row -> row.errors().stream()).toList();
    }
}
