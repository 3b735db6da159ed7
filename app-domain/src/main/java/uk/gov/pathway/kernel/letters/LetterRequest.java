package uk.gov.pathway.kernel.letters;

import java.util.Map;

/**
 * A letter to make: about a case (casework), or about another module's subject ({@code subjectType} and
 * {@code subjectId}, e.g. a penalty notice) and addressed to a named carer; which template, and the values of its
 * fields prepared by the caller (keys as in {@link LetterField}; a key that is not a field is refused, a field left
 * out is printed as {@value LetterField#NOT_RECORDED}).
 */
public record LetterRequest(long caseId, long pupilId, String templateCode, Map<String, String> fields,
                            String subjectType, Long subjectId, Long carerId) {

    public LetterRequest {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A case's letter (casework): the case vouches for the child; the carer is casework's choice. */
    public LetterRequest(long caseId, long pupilId, String templateCode, Map<String, String> fields) {
        this(caseId, pupilId, templateCode, fields, null, null, null);
    }

    /** A letter about another module's subject, addressed to the named carer. */
    public static LetterRequest about(String subjectType, long subjectId, long pupilId, long carerId,
                                      String templateCode, Map<String, String> fields) {
        return new LetterRequest(0, pupilId, templateCode, fields, subjectType, subjectId, carerId);
    }

    public boolean aboutACase() {
        return subjectType == null;
    }
}
