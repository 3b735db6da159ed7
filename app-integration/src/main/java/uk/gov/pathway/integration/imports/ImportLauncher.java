package uk.gov.pathway.integration.imports;

import java.util.Properties;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import uk.gov.pathway.kernel.jobs.ImportKind;

/** Starts a received import: attendance as the Jakarta Batch job attendance-import, the smaller files in the background. */
@Stateless
@PermitAll
public class ImportLauncher {

    public static final String ATTENDANCE_JOB = "attendance-import";

    @EJB
    ImportExecutor executor;

    public void launch(String jobId, ImportKind kind) {
        if (kind == ImportKind.ATTENDANCE) {
            Properties parameters = new Properties();
            parameters.setProperty("importJobId", jobId);
            BatchRuntime.getJobOperator().start(ATTENDANCE_JOB, parameters);
        } else {
            executor.run(jobId);
        }
    }
}
