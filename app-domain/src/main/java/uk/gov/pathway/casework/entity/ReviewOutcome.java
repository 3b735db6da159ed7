package uk.gov.pathway.casework.entity;

/** What a review decides. */
public enum ReviewOutcome { CONTINUE, EXTEND, STEP_UP, STEP_DOWN, CLOSE }
