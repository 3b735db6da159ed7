package uk.gov.pathway.legal.prosecution.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A port the panels module implements (found through CDI): what the panels issued on educational neglect for the
 * children of a case (the CLAAG decision, the MARF to the MASH, the MASH outcome). Legal keeps no copy: the bundle and
 * the file's screen read it through this port each time; until panels is there, they say none is recorded.
 */
public interface EducationalNeglectRecords {

    record NeglectRecord(LocalDate on, String kind, String summary) {
    }

    /** The records of the case, oldest first. */
    List<NeglectRecord> ofCase(long caseId);
}
