package uk.gov.pathway.legal.entity;

/** Who issued a penalty notice; the council's register records them all, since all count toward the limit. */
// Education (Penalty Notices) (England) Regulations 2007 as amended by SI 2024/210; spec/RULES.md "Who issues"
public enum PenaltyNoticeIssuer {
    /** An authorised officer of the local authority, on its own account or on a headteacher's request. */
    LOCAL_AUTHORITY,
    /** A headteacher, or a deputy or assistant head they authorise. */
    SCHOOL,
    /** A police constable. */
    POLICE
}
