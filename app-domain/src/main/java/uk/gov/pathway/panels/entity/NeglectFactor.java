package uk.gov.pathway.panels.entity;

/** Knowsley's factors that contribute to educational neglect (Attendance Handbook, educational neglect policy). */
public enum NeglectFactor {
    NO_EDUCATION_PROVISION("Failure to identify education provision for their child or adequately maintain their child's schooling"),
    NOT_ENGAGING_WITH_MEETINGS("Failure to engage in most school, Local Authority or Trust meetings where support is offered"),
    NOT_ENGAGING_WITH_AGENCIES("Failure to engage, as required, with agencies beyond school, e.g. health services"),
    NO_REASONS_FOR_ABSENCE("Parental failure to provide substantiated reasons for absences from school"),
    STATUTORY_INTERVENTIONS_FAILED("Court and statutory interventions which fail to improve attendance"),
    SUPPORT_NOT_TAKEN_UP("Ineffective engagement with offers of support likely to improve attendance"),
    ATTENDANCE_75_OR_BELOW("Attendance seriously impeding the child's development: 75% or below"),
    CONCERNS_NOT_REPORTED("Professionals or organisations failed to report concerns that required intervention"),
    ALTERNATIVE_PROVISION_UNSUITABLE("Alternative provision not provided, not in line with needs or not monitored"),
    RECORDS_NOT_SHARED("Records or known information not shared or transferred in a timely manner"),
    OFF_ROLLED("Off-rolled without correct process or not in the child's best interests"),
    HEALTH_ADVICE_NOT_ACTED_ON("Health professionals' advice not acted on in time, e.g. towards an EHC plan");

    private final String label;

    NeglectFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
