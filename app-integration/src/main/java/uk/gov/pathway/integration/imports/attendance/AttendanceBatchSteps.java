package uk.gov.pathway.integration.imports.attendance;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The artifacts of the Jakarta Batch job attendance-import (META-INF/batch-jobs/attendance-import.xml). */
public final class AttendanceBatchSteps {

    private AttendanceBatchSteps() {
    }

    /** Step 1: read, check and stage; exit status INVALID ends the job when the file was refused. */
    @Named("attendanceStage")
    @Dependent
    public static class Stage extends AbstractBatchlet {
        @Inject
        @BatchProperty
        String importJobId;

        @EJB
        AttendanceImport attendance;

        @Override
        public String process() throws Exception {
            return attendance.readCheckAndStage(importJobId) ? "STAGED" : "INVALID";
        }
    }

    /** Step 2: merge in one transaction and end the import job. */
    @Named("attendanceMerge")
    @Dependent
    public static class Merge extends AbstractBatchlet {
        @Inject
        @BatchProperty
        String importJobId;

        @EJB
        AttendanceImport attendance;

        @Override
        public String process() throws Exception {
            attendance.mergeAndFinish(importJobId);
            return "IMPORTED";
        }
    }

    /** When a step fails on an error of the server's, the import job is failed with nothing imported. */
    @Named("attendanceJobListener")
    @Dependent
    public static class Listener extends AbstractJobListener {
        @Inject
        @BatchProperty
        String importJobId;

        @Inject
        JobContext job;

        @EJB
        AttendanceImport attendance;

        @Override
        public void afterJob() throws Exception {
            if (job.getBatchStatus() == BatchStatus.FAILED) {
                attendance.abandon(importJobId);
            }
        }
    }
}
