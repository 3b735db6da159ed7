package uk.gov.pathway.kernel.deadlines;

import java.util.Properties;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The deadline engine's settings, from MicroProfile Config (a system property, or the environment variable
 * PATHWAY_DEADLINES_ESCALATE_AFTER_SCHOOL_DAYS and so on): when an undone deadline goes to the manager, when a quiet
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
        return of(properties::getProperty);
    }

    /** From the settings by name (null where one is not set). */
    public static DeadlineSettings of(UnaryOperator<String> settings) {
        return new DeadlineSettings(number(settings, ESCALATE_AFTER, 5), number(settings, DRIFT_DAYS, 10),
                text(settings, MAIL_DOMAIN, "pathway.example"), text(settings, MANAGER, "sas-manager"));
    }

    /** Who configures the school calendar and gets its tasks: {@code pathway.administrator}, default it-admin. */
    public static String administrator() {
        String name = ConfigProvider.getConfig().getOptionalValue(ADMINISTRATOR, String.class).orElse("it-admin").strip();
        return name.isEmpty() ? "it-admin" : name;
    }

    /** The server's settings (MicroProfile Config). */
    public static DeadlineSettings configured() {
        Config config = ConfigProvider.getConfig();
        return of(name -> config.getOptionalValue(name, String.class).orElse(null));
    }

    private static String text(UnaryOperator<String> settings, String name, String fallback) {
        String value = settings.apply(name);
        return value == null ? fallback : value.strip();
    }

    private static int number(UnaryOperator<String> settings, String name, int fallback) {
        String value = settings.apply(name);
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
