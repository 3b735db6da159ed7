package uk.gov.pathway.registration.entity;

/** How a carer is related to the child. */
public enum Relationship {
    MOTHER, FATHER, STEP_PARENT, GRANDPARENT, FOSTER_CARER, KINSHIP_CARER, OTHER
}
