package uk.gov.pathway.web.api.legal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews;

/** The DfE return as files: CSV (a header row and a row of figures) and Excel (a measure and its count per row). */
public final class DfeReturnFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DfeReturnFiles() {
    }

    /** The return's figures in the order of spec/API.md, the nested counts flattened (issuedByReason.HOLIDAY). */
    public static Map<String, Long> figures(PenaltyNoticeViews.DfeReturn answer) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("academicYear", (long) answer.academicYear());
        figures.put("issued", answer.issued());
        answer.issuedByReason().forEach((reason, count) -> figures.put("issuedByReason." + reason, count));
        figures.put("paidWithin21Days", answer.paidWithin21Days());
        figures.put("paidIn22To28Days", answer.paidIn22To28Days());
        figures.put("withdrawn", answer.withdrawn());
        answer.withdrawnByGround().forEach((ground, count) -> figures.put("withdrawnByGround." + ground, count));
        figures.put("prosecuted", answer.prosecuted());
        figures.put("unresolved", answer.unresolved());
        return figures;
    }

    public static String csv(PenaltyNoticeViews.DfeReturn answer) {
        Map<String, Long> figures = figures(answer);
        return String.join(",", figures.keySet()) + "\r\n"
                + String.join(",", figures.values().stream().map(String::valueOf).toList()) + "\r\n";
    }

    public static byte[] xlsx(PenaltyNoticeViews.DfeReturn answer) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("DfE return");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("measure");
            header.createCell(1).setCellValue("value");
            int r = 1;
            for (Map.Entry<String, Long> figure : figures(answer).entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(figure.getKey());
                row.createCell(1).setCellValue(figure.getValue());
            }
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
