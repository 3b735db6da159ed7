package uk.gov.pathway.integration.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.gov.pathway.kernel.problem.InputProblem;

/**
 * A CSV file read one row at a time, for files too large to hold: the same rules as {@link CsvTable} (RFC 4180,
 * strict UTF-8 with or without BOM, a header naming the columns in any order and letter case).
 */
public final class CsvStream {

    /** Receives each data row with the line it starts on; answers false to stop reading. */
    public interface RowHandler {
        boolean row(int line, CSVRecord record);
    }

    private final Map<String, Integer> columns = new HashMap<>();
    private int headerSize;

    public int column(String name) {
        return columns.get(name);
    }

    public int headerSize() {
        return headerSize;
    }

    /** Reads the file, handing each row over; a problem with the file as a whole ends the reading with that problem. */
    public void read(InputStream in, List<String> requiredColumns, RowHandler handler) throws CsvFileException {
        Reader reader = new InputStreamReader(skipBom(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        long linesBefore = 0;
        boolean header = true;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                int line = (int) linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (header) {
                    readHeader(record, line, requiredColumns);
                    header = false;
                } else if (!handler.row(line, record)) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            String cause = e instanceof UncheckedIOException u ? String.valueOf(u.getCause()) : e.toString();
            String message = cause.contains("MalformedInput") || cause.contains("Unmappable")
                    ? "The file is not UTF-8 text after line " + linesBefore + "; save it as CSV UTF-8 and send it again"
                    : "The file is not valid CSV after line " + linesBefore + ": " + e.getMessage();
            throw new CsvFileException(List.of(InputProblem.atLine((int) linesBefore + 1, null, message)));
        }
        if (header) {
            throw new CsvFileException(List.of(InputProblem.atLine(1, null,
                    "The file is empty: it needs a header row naming the columns " + String.join(", ", requiredColumns))));
        }
    }

    private void readHeader(CSVRecord record, int line, List<String> required) throws CsvFileException {
        List<String> names = new ArrayList<>();
        for (String name : record) {
            String column = name.strip().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(column, names.size()) != null) {
                throw new CsvFileException(List.of(InputProblem.atLine(line, column,
                        "The header row names the column '" + column + "' twice")));
            }
            names.add(column);
        }
        headerSize = names.size();
        List<InputProblem> missing = new ArrayList<>();
        for (String column : required) {
            if (!columns.containsKey(column)) {
                missing.add(InputProblem.atLine(line, column, "The header row has no column '" + column
                        + "'; the columns are " + String.join(", ", required)));
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvFileException(missing);
        }
    }

    private static InputStream skipBom(InputStream in) {
        java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 3);
        try {
            byte[] start = pushback.readNBytes(3);
            boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
            if (!bom && start.length > 0) {
                pushback.unread(start);
            }
            return pushback;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
