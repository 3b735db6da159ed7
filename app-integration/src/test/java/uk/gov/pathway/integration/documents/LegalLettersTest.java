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
import uk.gov.pathway.kernel.letters.LetterRenderer;
import uk.gov.pathway.kernel.letters.LetterField;

/**
 * Legal's five letters (migration V72) made into PDFs with a fictional parent's notice and read back: the amounts,
 * the dates, how to pay and the sessions of a penalty notice are there, and no placeholder is left.
 */
class LegalLettersTest {

    private static final String URL = "jdbc:h2:mem:legal-letters;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final Map<String, String[]> TEMPLATES = new LinkedHashMap<>();

    private final LetterRenderer renderer = new LetterRenderer(new MustacheTemplateEngine(), new OpenPdfWriter());

    @BeforeAll
    static void readTheTemplatesFromTheMigrations() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "sa");
             ResultSet rows = c.createStatement().executeQuery("select code, name, body from letter_template")) {
            while (rows.next()) {
                TEMPLATES.put(rows.getString("code"), new String[]{rows.getString("name"), rows.getString("body")});
            }
        }
    }

    private static Map<String, String> notice() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("council.name", "Example County Council");
        fields.put("council.address", "County Hall\nExampletown EX1 1AA");
        fields.put("carer.name", "Petra Ashdown");
        fields.put("carer.address", "7 Example Avenue\nDemotown ZZ9 7ZZ");
        fields.put("child.name", "Wren Ashdown");
        fields.put("child.dateOfBirth", "4 May 2016");
        fields.put("school.name", "Riverside Primary School");
        fields.put("attendance.unauthorisedSessions", "13");
        fields.put("officer.name", "Robin Fairley");
        fields.put("officer.phone", "01632 960 101");
        fields.put("officer.email", "attendance@example.org");
        fields.put("notice.reference", "PN-1050");
        fields.put("notice.issuedOn", "2 October 2026");
        fields.put("notice.receivedOn", "5 October 2026");
        fields.put("notice.amounts", "£80 by 25 October 2026, or £160 by 1 November 2026");
        fields.put("notice.fullBy", "1 November 2026");
        fields.put("notice.sessions", "Monday 14 September 2026 morning\nTuesday 15 September 2026 morning");
        fields.put("notice.howToPay", "online at pay.example.org or on 01632 960 000");
        fields.put("notice.withdrawalGround", "it contains a material error");
        fields.put("notice.refund", "£80");
        fields.put("improvement.from", "5 October 2026");
        fields.put("improvement.to", "2 November 2026");
        fields.put("improvement.weeks", "3");
        return fields;
    }

    @ParameterizedTest
    @ValueSource(strings = {"PENALTY_NOTICE_WARNING", "NOTICE_TO_IMPROVE", "PENALTY_NOTICE", "PENALTY_NOTICE_WITHDRAWAL",
            "PENALTY_NOTICE_REMINDER"})
    void eachLegalLetterPrintsTheParentsDataAndNoPlaceholder(String code) {
        String[] template = TEMPLATES.get(code);
        assertThat(template).as("template %s", code).isNotNull();
        renderer.check(template[1]);
        Pdfs.Read letter = Pdfs.read(renderer.render(template[0], template[1], notice(), LocalDate.of(2026, 10, 2)));
        assertThat(letter.words()).contains("Dear Petra Ashdown,", "Wren Ashdown", "Robin Fairley");
        assertThat(letter.text()).doesNotContain("{{", "}}", LetterField.NOT_RECORDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PENALTY_NOTICE"})
    void thePenaltyNoticeStatesTheAmountsTheDatesHowToPayAndTheSessions(String code) {
        String[] template = TEMPLATES.get(code);
        Pdfs.Read letter = Pdfs.read(renderer.render(template[0], template[1], notice(), LocalDate.of(2026, 10, 2)));
        assertThat(letter.words()).contains("PN-1050", "pay £80 by 25 October 2026, or £160 by 1 November 2026",
                "received it on 5 October 2026", "online at pay.example.org",
                "Monday 14 September 2026 morning", "Tuesday 15 September 2026 morning");
    }
}
