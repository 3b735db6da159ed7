package uk.gov.pathway.legal.entity;

/**
 * Where a penalty notice stands (spec/API.md): ISSUED until it is settled, withdrawn or its 28 days end; UNPAID once
 * the 28 days have ended unsettled (the council must then prosecute or withdraw); PROSECUTED once a prosecution for
 * the original offence was brought (the prosecution file of the next issue records it).
 */
public enum PenaltyNoticeStatus {
    ISSUED, PAID_IN_21_DAYS, PAID_IN_28_DAYS, UNPAID, WITHDRAWN, PROSECUTED;

    public boolean paid() {
        return this == PAID_IN_21_DAYS || this == PAID_IN_28_DAYS;
    }
}
