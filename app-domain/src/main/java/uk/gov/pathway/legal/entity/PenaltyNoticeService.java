package uk.gov.pathway.legal.entity;

/** How a penalty notice was served on the parent. */
public enum PenaltyNoticeService {
    HAND, POST
}
