package uk.gov.pathway.integration.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.gov.pathway.kernel.problem.InputProblem;

/**
 * A CSV file as spec/API.md describes imports: RFC 4180, UTF-8 with or without BOM, a header row naming the columns
 * in any order and letter case. Rows keep the line of the file they start on, so that every message can point at it.
 */
public final class CsvTable {

    /** A data row: the line it starts on and its values by lower-case column name. */
    public record Row(int line, Map<String, String> values, int fieldCount) {
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }

        public boolean isBlank(String column) {
            return get(column).isEmpty();
        }
    }

    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads a whole file. A file that is not UTF-8, not CSV, has no header, or lacks a required column is refused
     * with the problems that say so.
     */
    public static CsvTable read(byte[] file, List<String> requiredColumns) throws CsvFileException {
        String text = decode(file);
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                int line = (int) linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (header.isEmpty()) {
                    header = readHeader(record, line);
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
                    values.put(header.get(i), record.get(i));
                }
                rows.add(new Row(line, Collections.unmodifiableMap(values), record.size()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CsvFileException(List.of(InputProblem.atLine(rows.size() + 2, null,
                    "The file is not valid CSV: " + e.getMessage())));
        }
        if (header.isEmpty()) {
            throw new CsvFileException(List.of(InputProblem.atLine(1, null,
                    "The file is empty: it needs a header row naming the columns " + String.join(", ", requiredColumns))));
        }
        List<InputProblem> missing = new ArrayList<>();
        for (String required : requiredColumns) {
            if (!header.contains(required)) {
                missing.add(InputProblem.atLine(1, required, "The header row has no column '" + required
                        + "'; the columns are " + String.join(", ", requiredColumns)));
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvFileException(missing);
        }
        return new CsvTable(List.copyOf(header), List.copyOf(rows));
    }

    private static List<String> readHeader(CSVRecord record, int line) throws CsvFileException {
        List<String> header = new ArrayList<>();
        for (String name : record) {
            String column = name.strip().toLowerCase(Locale.ROOT);
            if (header.contains(column)) {
                throw new CsvFileException(List.of(InputProblem.atLine(line, column,
                        "The header row names the column '" + column + "' twice")));
            }
            header.add(column);
        }
        return header;
    }

    private static String decode(byte[] file) throws CsvFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(file.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new CsvFileException(List.of(InputProblem.atLine(lineOfByte(file, in.position()), null,
                    "The file is not UTF-8 text (byte " + (in.position() + 1) + " is not UTF-8); save it as"
                            + " CSV UTF-8 and send it again")));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineOfByte(byte[] file, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (file[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
