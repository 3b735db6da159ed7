package uk.gov.pathway.kernel.deadlines;

import java.util.Properties;

/**
 * The deadline engine's settings, from system properties: when an undone deadline goes to the manager, when a quiet
 * case counts as drifting, and where e-mail goes for staff the directory does not list.
 *
 * @param escalateAfterSchoolDays {@code pathway.deadlines.escalate-after-school-days}, default 5
 * @param driftSchoolDays         {@code pathway.drift.school-days}, default 10
 * @param mailDomain              {@code pathway.mail.domain}, default pathway.example: user name@domain
 * @param fallbackManager         {@code pathway.manager}, default sas-manager: the manager of staff without one
 */
public record DeadlineSettings(int escalateAfterSchoolDays, int driftSchoolDays, String mailDomain,
                               String fallbackManager) {

    public static final String ESCALATE_AFTER = "pathway.deadlines.escalate-after-school-days";
    public static final String DRIFT_DAYS = "pathway.drift.school-days";
    public static final String MAIL_DOMAIN = "pathway.mail.domain";
    public static final String MANAGER = "pathway.manager";
    public static final String ADMINISTRATOR = "pathway.administrator";

    public DeadlineSettings {
        if (escalateAfterSchoolDays < 1 || driftSchoolDays < 1) {
            throw new IllegalArgumentException(ESCALATE_AFTER + " and " + DRIFT_DAYS + " must be at least 1; got "
                    + escalateAfterSchoolDays + " and " + driftSchoolDays);
        }
        if (mailDomain == null || !mailDomain.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
            throw new IllegalArgumentException(MAIL_DOMAIN + " must be a mail domain such as council.example; got '"
                    + mailDomain + "'");
        }
        if (fallbackManager == null || fallbackManager.isBlank()) {
            throw new IllegalArgumentException(MANAGER + " must name the user who manages staff without a manager");
        }
    }

    public static DeadlineSettings of(Properties properties) {
        return new DeadlineSettings(number(properties, ESCALATE_AFTER, 5), number(properties, DRIFT_DAYS, 10),
                properties.getProperty(MAIL_DOMAIN, "pathway.example").strip(),
                properties.getProperty(MANAGER, "sas-manager").strip());
    }

    public static DeadlineSettings fromSystemProperties() {
        return of(System.getProperties());
    }

    /** Who configures the school calendar and gets its tasks: {@code pathway.administrator}, default it-admin. */
    public static String administrator() {
        String name = System.getProperty(ADMINISTRATOR, "it-admin").strip();
        return name.isEmpty() ? "it-admin" : name;
    }

    private static int number(Properties properties, String name, int fallback) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of school days; got '" + value + "'");
        }
    }
}
