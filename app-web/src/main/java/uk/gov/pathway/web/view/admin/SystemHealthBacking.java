package uk.gov.pathway.web.view.admin;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.persistence.SchemaMigration;
import uk.gov.pathway.registration.boundary.SchoolRegister;
import uk.gov.pathway.registration.boundary.SchoolSearch;

/** What council IT checks first: which database Pathway runs on, the schema version, whether the register has data. */
@Named
@RequestScoped
public class SystemHealthBacking {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @EJB
    SchemaMigration schema;

    @EJB
    SchoolRegister schools;

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
        return System.getProperty("jboss.product.name", "WildFly") + " " + System.getProperty("jboss.product.version", "")
                + " on Java " + Runtime.version();
    }
}
