package org.manabi.core.spreadsheet;

/** Cells that spreadsheet programs show as text and never run. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A cell that starts with {@code = + - @}, a tab or a carriage return is a formula to Excel and
     * LibreOffice; a leading apostrophe makes it plain text (OWASP's advice against CSV injection).
     * Names, login ids and audit details can hold whatever someone typed.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
