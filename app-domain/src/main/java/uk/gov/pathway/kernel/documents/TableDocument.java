package uk.gov.pathway.kernel.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A table to print: a title, lines under it (who it is about, the period, when it was printed), the column headers and
 * the rows, each with one text per column (null prints as empty).
 */
public record TableDocument(String title, List<String> subtitle, List<String> headers, List<List<String>> rows) {

    public TableDocument {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A printed table needs a title");
        }
        if (headers == null || headers.isEmpty()) {
            throw new IllegalArgumentException("The printed table '" + title + "' needs at least one column header");
        }
        subtitle = subtitle == null ? List.of() : List.copyOf(subtitle);
        headers = List.copyOf(headers);
        List<List<String>> copied = new ArrayList<>();
        int number = 0;
        for (List<String> row : rows == null ? List.<List<String>>of() : rows) {
            number++;
            if (row == null || row.size() != headers.size()) {
                throw new IllegalArgumentException("Row " + number + " of '" + title + "' has "
                        + (row == null ? 0 : row.size()) + " cells; the table has " + headers.size() + " columns");
            }
            copied.add(row.stream().map(cell -> cell == null ? "" : cell).toList());
        }
        rows = List.copyOf(copied);
    }
}
