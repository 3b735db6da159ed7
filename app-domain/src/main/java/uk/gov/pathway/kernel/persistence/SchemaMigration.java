package uk.gov.pathway.kernel.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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
                // Flyway 13 no longer expands "{vendor}" in a location: the folder is named here.
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                // Modules' migrations are numbered ahead and may land in any order; one that arrives after a higher
                // version was applied still runs (as V1_1 does on a database made before its vendor folder was read).
                .outOfOrder(true)
                // WildFly's database timer store creates its table in this schema before the application deploys:
                // baseline below version 1, so that every migration still runs on a new database.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        flyway.migrate();
    }

    /** The database's vendor folder name: postgresql, h2. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.replaceAll("[^a-z0-9]", "");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate its schema", e);
        }
    }

    /** The version the schema is at, e.g. "2", for the administrator's health screen. */
    public String currentVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
