package uk.gov.pathway.legal.prosecution.entity;

/**
 * Where a prosecution file is (spec/API.md): OPEN (the officer builds it), REFERRED (to Legal Services), RETURNED (with
 * what is needed; the officer adds it and refers it again), ACCEPTED (the information laid at court), DECLINED (with
 * reasons), CONCLUDED (the court's verdict and sentence).
 */
public enum FileStatus {
    OPEN, REFERRED, RETURNED, ACCEPTED, DECLINED, CONCLUDED;

    /** Whether Legal Services have ever had it: what a legal officer may see. */
    public boolean referred() {
        return this != OPEN;
    }
}
