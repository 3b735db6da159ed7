package uk.gov.pathway.kernel.persistence;

import javax.sql.DataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema to the newest version before anything else runs (Flyway: db/migration for every database,
 * db/vendor/{vendor} for what one database alone needs).
 * Beans that need the schema at start-up declare {@code @DependsOn("SchemaMigration")}.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATASOURCE = "java:jboss/datasources/PathwayDS";

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    private Flyway flyway;

    @PostConstruct
    void migrate() {
        flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                // WildFly's database timer store creates its table in this schema before the application deploys:
                // baseline below version 1, so that every migration still runs on a new database.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        flyway.migrate();
    }

    /** The version the schema is at, e.g. "2", for the administrator's health screen. */
    public String currentVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
