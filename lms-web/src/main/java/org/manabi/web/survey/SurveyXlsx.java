package org.manabi.web.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.manabi.content.survey.ResponseTable;
import org.manabi.content.survey.SurveyResults;

/**
 * Survey results as an Excel workbook (Apache POI): a "Summary" sheet with the count of every
 * option and each Likert mean, and a "Responses" sheet with one row per response. Every answer is
 * written as a string cell, which Excel never evaluates, so text that looks like a formula stays
 * text without the apostrophe the CSV needs.
 */
final class SurveyXlsx {

    static final String SUMMARY = "Summary";
    static final String RESPONSES = "Responses";

    private SurveyXlsx() {
    }

    static void write(ResponseTable table, SurveyResults results, boolean japanese, OutputStream out)
            throws IOException {
        // In memory rather than POI's streaming workbook: a cohort's responses are a few hundred
        // rows, and the streaming one would write the (possibly named) answers to temporary files.
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            summary(workbook.createSheet(SUMMARY), results, japanese, bold);
            Sheet responses = workbook.createSheet(RESPONSES);
            text(responses.createRow(0), table.header(), bold);
            int r = 1;
            for (List<String> row : table.rows()) {
                text(responses.createRow(r++), row, null);
            }
            workbook.write(out);
        }
    }

    private static void summary(Sheet sheet, SurveyResults results, boolean japanese, CellStyle bold) {
        int r = 0;
        text(sheet.createRow(r++), List.of("question", "answer", "count", "share"), bold);
        Row total = sheet.createRow(r++);
        total.createCell(0).setCellValue("responses");
        total.createCell(2).setCellValue(results.responses());
        total.createCell(3).setCellValue(results.invited() == 0 ? 0 : (double) results.responses() / results.invited());
        for (SurveyResults.QuestionResult question : results.questions()) {
            String prompt = japanese ? question.question().promptJa() : question.question().promptEn();
            for (SurveyResults.OptionCount option : question.options()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(prompt);
                row.createCell(1).setCellValue(japanese ? option.option().labelJa() : option.option().labelEn());
                row.createCell(2).setCellValue(option.count());
                row.createCell(3).setCellValue(question.answered() == 0 ? 0
                        : (double) option.count() / question.answered());
            }
            if (question.mean() != null) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(prompt);
                row.createCell(1).setCellValue("mean");
                row.createCell(2).setCellValue(question.mean());
            }
            if (question.options().isEmpty()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(prompt);
                row.createCell(1).setCellValue("answers");
                row.createCell(2).setCellValue(question.answered());
            }
        }
    }

    private static void text(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(cells.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
