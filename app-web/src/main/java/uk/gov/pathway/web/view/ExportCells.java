package uk.gov.pathway.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.gov.pathway.integration.exports.SpreadsheetCells;

/** The screens' CSV and Excel downloads write text through the one formula neutraliser ({@link SpreadsheetCells}). */
@Named("exportCells")
@ApplicationScoped
public class ExportCells {

    public String text(Object value) {
        return SpreadsheetCells.text(value);
    }
}
