package uk.gov.pathway.casework.entity;

public enum CaseStatus { OPEN, CLOSED }
