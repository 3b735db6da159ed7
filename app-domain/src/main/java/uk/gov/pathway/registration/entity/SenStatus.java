package uk.gov.pathway.registration.entity;

/** Special educational needs provision: none, SEN support or an education, health and care plan (spec/API.md: N, K, E). */
public enum SenStatus {
    NONE("N"), SEN_SUPPORT("K"), EHCP("E");

    private final String code;

    SenStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SenStatus parse(String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return NONE;
        }
        for (SenStatus status : values()) {
            if (status.code.equals(wanted)) {
                return status;
            }
        }
        throw new IllegalArgumentException("sen must be N (none), K (SEN support) or E (EHCP); got '" + wanted + "'");
    }
}
