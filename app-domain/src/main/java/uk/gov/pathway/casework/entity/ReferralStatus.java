package uk.gov.pathway.casework.entity;

/** Where a school's referral stands: waiting for triage, accepted (a case), not suitable for now, or declined. */
public enum ReferralStatus { SUBMITTED, ACCEPTED, NOT_SUITABLE, DECLINED }
