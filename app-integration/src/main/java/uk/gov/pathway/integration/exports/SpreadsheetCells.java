package uk.gov.pathway.integration.exports;

/**
 * The one neutraliser of spreadsheet formulas in Pathway's downloads (CSV and Excel). A cell whose text starts with
 * =, +, -, @, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets (OWASP "CSV
 * injection"): such text is written with a leading apostrophe, which the spreadsheet shows as plain text. A pupil's
 * name typed into a school's system must never become a live formula on a council officer's desktop.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The value as text a spreadsheet will not run; null and empty stay as they are. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return startsAFormula(value.charAt(0)) ? "'" + value : value;
    }

    /** Any value (a number, a date) as a cell's text: only text can start a formula. */
    public static String text(Object value) {
        return value == null ? null : text(value.toString());
    }

    static boolean startsAFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
