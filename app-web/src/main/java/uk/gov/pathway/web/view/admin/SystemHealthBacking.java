package uk.gov.pathway.web.view.admin;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.pathway.kernel.deadlines.MailOutbox;
import uk.gov.pathway.kernel.deadlines.MailRetry;
import uk.gov.pathway.kernel.persistence.SchemaMigration;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.registration.boundary.SchoolRegister;
import uk.gov.pathway.registration.boundary.SchoolSearch;

/**
 * What council IT checks first: which database Pathway runs on, the schema version, whether the register has data,
 * and the e-mail the outbox gave up on.
 */
@Named
@RequestScoped
public class SystemHealthBacking {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @EJB
    SchemaMigration schema;

    @EJB
    SchoolRegister schools;

    @EJB
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = MailRetry.MAX_ATTEMPTS, defaultValue = "" + MailRetry.DEFAULT_MAX_ATTEMPTS)
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "jboss.product.name")
    Optional<String> productName;

    @Inject
    @ConfigProperty(name = "jboss.product.version")
    Optional<String> productVersion;

    private List<MailOutbox.FailedMail> failedMail;

    public String getDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "not reachable: " + e.getMessage();
        }
    }

    public String getSchemaVersion() {
        return schema.currentVersion();
    }

    public long getSchoolCount() {
        return schools.search(SchoolSearch.firstPage(1)).total();
    }

    public String getServer() {
        return productName.orElse("WildFly") + " " + productVersion.orElse("") + " on Java " + Runtime.version();
    }

    /** The latest 50 messages the outbox gave up on. */
    public List<MailOutbox.FailedMail> getFailedMail() {
        if (failedMail == null) {
            failedMail = outbox.failed(50);
        }
        return failedMail;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public String when(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").format(at.atZone(SystemClock.LONDON));
    }
}
