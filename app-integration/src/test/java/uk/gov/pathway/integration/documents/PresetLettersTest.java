package uk.gov.pathway.integration.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.pathway.kernel.letters.LetterField;
import uk.gov.pathway.kernel.letters.LetterRenderer;

/**
 * Each of the five letters Pathway ships, as the migration stores it, made into a PDF with a fictional family's data
 * and read back: the child, the school and the attendance figure are there and no placeholder is left.
 */
class PresetLettersTest {

    private static final String URL = "jdbc:h2:mem:presets;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final Map<String, String[]> TEMPLATES = new LinkedHashMap<>();

    private final LetterRenderer renderer = new LetterRenderer(new MustacheTemplateEngine(), new OpenPdfWriter());

    @BeforeAll
    static void readThePresetsFromTheMigrations() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "sa");
             ResultSet rows = c.createStatement().executeQuery("select code, name, body from letter_template")) {
            while (rows.next()) {
                TEMPLATES.put(rows.getString("code"), new String[]{rows.getString("name"), rows.getString("body")});
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ATTENDANCE_LETTER_1", "ATTENDANCE_LETTER_2", "AIM_INVITATION", "PARENTING_CONTRACT",
            "CASE_CLOSURE", "PARENTING_CONTRACT_SIGNED"})
    void aPresetLetterPrintsTheFamilysDataAndNoPlaceholder(String code) {
        String[] template = TEMPLATES.get(code);
        assertThat(template).as("preset %s", code).isNotNull();
        Map<String, String> family = new LinkedHashMap<>();
        family.put("council.name", "Example County Council");
        family.put("council.address", "County Hall\nExampletown EX1 1AA");
        family.put("carer.name", "Sam Fenwick");
        family.put("carer.address", "3 Willow Close\nExampletown EX4 4DD");
        family.put("case.reference", "SAS-2026-0107");
        family.put("child.name", "Zoë Fenwick");
        family.put("child.dateOfBirth", "9 January 2014");
        family.put("school.name", "Hillcrest Academy");
        family.put("attendance.percent", "81.3");
        family.put("attendance.from", "1 September 2026");
        family.put("attendance.to", "20 November 2026");
        family.put("attendance.unauthorisedSessions", "17");
        family.put("officer.name", "Jordan Example");
        family.put("officer.phone", "01632 960 456");
        family.put("officer.email", "attendance@example.org");
        family.put("meeting.date", "Thursday 3 December 2026");
        family.put("meeting.time", "2pm");
        family.put("meeting.place", "Hillcrest Academy, the library");

        byte[] pdf = renderer.render(template[0], template[1], family, LocalDate.of(2026, 11, 23));

        Pdfs.Read letter = Pdfs.read(pdf);
        assertThat(letter.title()).isEqualTo(template[0]);
        assertThat(letter.words()).contains("Zoë Fenwick", "Hillcrest Academy", "Dear Sam Fenwick,", "SAS-2026-0107",
                "23 November 2026", "Jordan Example", "01632 960 456");
        if (template[1].contains("{{attendance.percent}}")) {
            assertThat(letter.words()).contains("attended 81.3% of");
        }
        assertThat(letter.text()).doesNotContain("{{", "}}", LetterField.NOT_RECORDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ATTENDANCE_LETTER_1", "ATTENDANCE_LETTER_2", "AIM_INVITATION", "PARENTING_CONTRACT",
            "CASE_CLOSURE", "PARENTING_CONTRACT_SIGNED"})
    void everyPresetStatesTheAttendanceFigureAndUsesOnlyKnownFields(String code) {
        String body = TEMPLATES.get(code)[1];
        renderer.check(body);
        assertThat(body).contains("{{child.name}}", "{{school.name}}", "{{attendance.percent}}%", "{{carer.name}}");
    }
}
