package uk.gov.pathway.legal.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** One register session a penalty notice covers, written {@code 2026-09-14/AM} in the API. */
public record PenaltyNoticeSession(LocalDate date, String session) implements Comparable<PenaltyNoticeSession> {

    public PenaltyNoticeSession {
        if (date == null || !("AM".equals(session) || "PM".equals(session))) {
            throw new IllegalArgumentException("A session is a date and AM or PM; got " + date + "/" + session);
        }
    }

    /** Reads {@code 2026-09-14/AM}; refuses anything else with what was expected. */
    public static PenaltyNoticeSession parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("A session is written DATE/AM or DATE/PM, e.g. 2026-09-14/AM; got '"
                    + text + "'");
        }
        try {
            return new PenaltyNoticeSession(LocalDate.parse(parts[0]), parts[1]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A session is written DATE/AM or DATE/PM, e.g. 2026-09-14/AM; got '"
                    + text + "'");
        }
    }

    @Override
    public int compareTo(PenaltyNoticeSession other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : session.compareTo(other.session);
    }

    @Override
    public String toString() {
        return date + "/" + session;
    }
}
