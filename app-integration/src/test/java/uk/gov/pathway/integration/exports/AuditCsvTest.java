package uk.gov.pathway.integration.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.audit.AuditSearch;

class AuditCsvTest {

    private static final AuditSearch.Entry CHANGE = new AuditSearch.Entry(50, Instant.parse("2026-11-23T09:30:05Z"),
            "school-lead-9991001", "CHANGE", "K999100131001", "pupil K999100131001",
            "carer added (carer 100): =HYPERLINK(\"x\") Smith, mother", "127.0.0.1", "POST /pathway/api/v1/pupils/K999100131001/carers");

    @Test
    void theFileHasAHeaderAndOneRecordPerEntryThatReadsBackAsWritten() throws Exception {
        StringBuilder out = new StringBuilder();
        AuditCsv.write(List.of(CHANGE), ZoneId.of("Europe/London"), out);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(out.toString()).startsWith(String.join(",", AuditCsv.HEADER) + "\r\n");
        assertThat(records).hasSize(1);
        CSVRecord record = records.get(0);
        assertThat(record.get("when")).isEqualTo("2026-11-23 09:30:05");
        assertThat(record.get("user")).isEqualTo("school-lead-9991001");
        assertThat(record.get("detail")).isEqualTo("carer added (carer 100): =HYPERLINK(\"x\") Smith, mother");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
        assertThat(AuditCsv.cell("pupil K999100131001")).isEqualTo("pupil K999100131001");
        assertThat(AuditCsv.cell(null)).isNull();
    }
}
