package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.base.GreenMailOperations;

/** The deadline tests' side of the server: the clock, the test-only deadline fixture, inboxes and received e-mail. */
final class DeadlineClient {

    private final URL base;
    private final Api admin;

    DeadlineClient(URL base) {
        this.base = base;
        this.admin = Api.as(base, "it-admin");
    }

    /** Moves the server's clock; the sweep has run when this returns. */
    JsonObject clockAt(String instant) {
        Api.Answer moved = admin.putJson("clock", "{\"now\": \"" + instant + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return moved.object();
    }

    void realTime() {
        HttpResponse<String> reset = admin.send("DELETE", "clock", null, null);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    }

    long schedule(String user, String kind, String title, long caseId, String owner, String dueDate) {
        HttpResponse<String> created = Api.as(base, user).send("POST", "test/deadlines", "application/json",
                "{\"kind\": \"" + kind + "\", \"title\": \"" + title + "\", \"subjectType\": \"case\", \"subjectId\": "
                        + caseId + ", \"owner\": \"" + owner + "\", \"dueDate\": \"" + dueDate + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return new Api.Answer(200, "", created.body()).object().getJsonNumber("id").longValue();
    }

    void activity(String user, long caseId, String owner, String day) {
        activity(user, caseId, owner, day, null);
    }

    /** Activity on a subject that drifts after its own number of school days (null: the system default). */
    void activity(String user, long caseId, String owner, String day, Integer driftSchoolDays) {
        HttpResponse<String> touched = Api.as(base, user).send("POST", "test/deadlines/case/" + caseId + "/activity",
                "application/json", "{\"owner\": \"" + owner + "\", \"day\": \"" + day + "\", \"driftSchoolDays\": "
                        + driftSchoolDays + "}");
        assertThat(touched.statusCode()).as(touched.body()).isEqualTo(200);
    }

    JsonObject deadline(String user, long caseId) {
        JsonArray deadlines = (JsonArray) Api.as(base, user).get("test/deadlines/case/" + caseId).json();
        assertThat(deadlines).hasSize(1);
        return deadlines.getJsonObject(0);
    }

    /** The subject's one deadline of this kind (a case's AIM_REVIEW, say). */
    JsonObject deadlineOfKind(String user, long caseId, String kind) {
        Api.Answer answer = Api.as(base, user).get("test/deadlines/case/" + caseId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonObject> found = ((JsonArray) answer.json()).getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals(kind)).toList();
        assertThat(found).as(kind + " of case " + caseId + " in " + answer.body()).hasSize(1);
        return found.get(0);
    }

    /** Queues an e-mail in the server's outbox (sent by the next sweep); answers its id. */
    long mail(String recipient, String subject) {
        HttpResponse<String> queued = admin.send("POST", "test/deadlines/mail", "application/json",
                "{\"recipient\": \"" + recipient + "\", \"subject\": \"" + subject + "\"}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
        return new Api.Answer(200, "", queued.body()).object().getJsonNumber("id").longValue();
    }

    /** An outbox message's attempts, next attempt and status (WAITING, SENT, FAILED). */
    JsonObject outboxMail(long id) {
        Api.Answer answer = admin.get("test/deadlines/mail/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    String timerOf(String user, long deadlineId) {
        return Api.as(base, user).get("test/deadlines/" + deadlineId + "/timer").object().getString("next");
    }

    /** The user's tasks whose title contains the text. */
    List<JsonObject> tasks(String user, String text) {
        Api.Answer inbox = Api.as(base, user).get("tasks");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        return ((JsonArray) inbox.json()).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("title").contains(text)).toList();
    }

    /** Every e-mail the test SMTP server received whose subject contains the text. */
    static List<MimeMessage> mails(GreenMailOperations mail, String text) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(text)).toList();
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
