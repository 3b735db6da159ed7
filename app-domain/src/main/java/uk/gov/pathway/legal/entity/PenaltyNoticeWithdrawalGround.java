package uk.gov.pathway.legal.entity;

/**
 * Why a penalty notice was withdrawn: the three grounds of reg 8, and the notice left unpaid that the council will not
 * prosecute (which it must withdraw).
 */
// Education (Penalty Notices) (England) Regulations 2007 reg 8, as amended by SI 2024/210; spec/RULES.md
public enum PenaltyNoticeWithdrawalGround {
    OUGHT_NOT_TO_HAVE_BEEN_ISSUED, WRONG_PERSON, MATERIAL_ERROR, NOT_PROSECUTED
}
