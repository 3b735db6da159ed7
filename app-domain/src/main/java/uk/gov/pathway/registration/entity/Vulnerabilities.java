package uk.gov.pathway.registration.entity;

/** What makes a child more vulnerable when out of school; each raises the priority of their attendance work. */
public record Vulnerabilities(boolean childInCare, boolean childProtectionPlan, boolean childInNeed, boolean youngCarer,
                              boolean freeSchoolMeals, boolean englishAdditionalLanguage) {

    public static final Vulnerabilities NONE = new Vulnerabilities(false, false, false, false, false, false);
}
