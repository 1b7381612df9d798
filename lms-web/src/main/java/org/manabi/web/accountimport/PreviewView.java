package org.manabi.web.accountimport;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.manabi.core.accountimport.Analysis;
import org.manabi.core.accountimport.Column;

/**
 * What a file would import, before anything is written.
 *
 * @param encoding   {@code UTF-8} or {@code Shift_JIS}, as detected or chosen
 * @param delimiter  {@code ,} or a tab
 * @param headers    the file's first row
 * @param columns    for each account field with a column, that column's header
 * @param fields     every account field a column can fill, required ones first
 * @param cohort     where everyone would be seated, or {@code null}
 * @param rows       every data row, in file order
 * @param validRows  rows that can be imported
 * @param invalidRows rows with at least one problem; a commit needs this to be 0
 */
public record PreviewView(String fileName, String encoding, boolean byteOrderMark, String delimiter,
                          List<String> headers, Map<String, String> columns, List<FieldView> fields,
                          CohortView cohort, List<RowView> rows, long validRows, long invalidRows) {

    /** An account field and whether an import needs it. */
    public record FieldView(String name, boolean required) {
    }

    /** The cohort chosen for the file. */
    public record CohortView(long id, String name, long programmeId, String programmeName) {
    }

    static PreviewView of(Analysis analysis) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            String header = analysis.columns().get(column);
            if (header != null) {
                columns.put(column.fieldName(), header);
            }
        }
        List<FieldView> fields = Arrays.stream(Column.values())
                .map(column -> new FieldView(column.fieldName(), column.required())).toList();
        Analysis.CohortRef cohort = analysis.cohort();
        return new PreviewView(analysis.fileName(), analysis.encoding().label(), analysis.byteOrderMark(),
                String.valueOf(analysis.delimiter()), analysis.headers(), columns, fields,
                cohort == null ? null : new CohortView(cohort.id(), cohort.name(), cohort.programmeId(),
                        cohort.programmeName()),
                analysis.rows().stream().map(RowView::of).toList(),
                analysis.rows().size() - analysis.invalidRows(), analysis.invalidRows());
    }
}
