package org.manabi.core.accountimport;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.manabi.core.accountimport.ImportFileException.Kind;

/**
 * Which column of the file fills which account field. Suggested from the headers, then overridden
 * by the administrator's choices: a header's text to use that column, or an empty text to leave
 * the field out.
 */
public final class HeaderMapping {

    private final List<String> headers;
    private final Map<Column, Integer> columns;

    private HeaderMapping(List<String> headers, Map<Column, Integer> columns) {
        this.headers = headers;
        this.columns = columns;
    }

    /**
     * The mapping for {@code headers}: each field takes the first column whose header it recognises,
     * unless {@code chosen} names another header for it (or an empty text for none).
     *
     * @throws ImportFileException when a chosen header is not in the file, or a required field has no column
     */
    public static HeaderMapping of(List<String> headers, Map<Column, String> chosen) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            String choice = chosen.get(column);
            if (choice != null) {
                if (!choice.isBlank()) {
                    int index = headers.indexOf(choice.strip());
                    if (index < 0) {
                        throw new ImportFileException(Kind.UNKNOWN_COLUMN, column.fieldName() + "Column",
                                "the file has no column called \"" + CsvTable.clip(choice.strip()) + "\"");
                    }
                    columns.put(column, index);
                }
                continue;
            }
            for (int i = 0; i < headers.size(); i++) {
                if (column.recognises(headers.get(i)) && !columns.containsValue(i)) {
                    columns.put(column, i);
                    break;
                }
            }
        }
        for (Column column : Column.values()) {
            if (column.required() && !columns.containsKey(column)) {
                throw new ImportFileException(Kind.MISSING_COLUMN, column.fieldName() + "Column",
                        "no column holds the " + column.fieldName() + "; name a header (for example \""
                                + (column == Column.LOGIN_ID ? "ログインID\" or \"login id" : "氏名\" or \"name")
                                + "\") or choose the column");
            }
        }
        return new HeaderMapping(List.copyOf(headers), Collections.unmodifiableMap(columns));
    }

    /** The column index for a field, if the file has one. */
    public Optional<Integer> index(Column column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** For each field that has a column, that column's header. */
    public Map<Column, String> headersByField() {
        Map<Column, String> result = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> result.put(column, headers.get(index)));
        return result;
    }

    /** The text of {@code column} in {@code row}; empty when the file has no such column. */
    public String value(CsvTable.Row row, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }
}
