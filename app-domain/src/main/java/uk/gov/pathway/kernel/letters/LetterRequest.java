package uk.gov.pathway.kernel.letters;

import java.util.Map;

/**
 * A letter to make for a case: which template, and the values of its fields prepared by the caller (keys as in
 * {@link LetterField}; a key that is not a field is refused, a field left out is printed as
 * {@value LetterField#NOT_RECORDED}).
 */
public record LetterRequest(long caseId, long pupilId, String templateCode, Map<String, String> fields) {

    public LetterRequest {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
