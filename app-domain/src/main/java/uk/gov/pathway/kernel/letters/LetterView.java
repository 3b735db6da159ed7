package uk.gov.pathway.kernel.letters;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter as the API and screens show it; {@code version} is what a change must send back. A case's letter has its
 * {@code caseId}; a letter about another module's subject (a penalty notice) has {@code subjectType} and
 * {@code subjectId} instead, and the {@code carerId} it is addressed to.
 */
public record LetterView(long id, Long caseId, long pupilId, String templateCode, long templateVersion, String title,
                         String createdBy, Instant createdAt, String sentMethod, LocalDate sentOn, String sentBy,
                         long version, String subjectType, Long subjectId, Long carerId) implements Serializable {

    static LetterView of(Letter letter) {
        return new LetterView(letter.id(), letter.caseId(), letter.pupilId(), letter.templateCode(),
                letter.templateVersion(), letter.title(), letter.createdBy(), letter.createdAt(),
                letter.sentMethod() == null ? null : letter.sentMethod().name(), letter.sentOn(), letter.sentBy(),
                letter.version(), letter.subjectType(), letter.subjectId(), letter.carerId());
    }
}
