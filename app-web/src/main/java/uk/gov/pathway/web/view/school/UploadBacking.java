package uk.gov.pathway.web.view.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import uk.gov.pathway.integration.imports.ImportService;
import uk.gov.pathway.kernel.jobs.ImportJobView;
import uk.gov.pathway.kernel.jobs.ImportKind;
import uk.gov.pathway.kernel.jobs.ImportStatus;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** A school sends its register file and watches the import to the end, with every invalid row listed. */
@Named
@ViewScoped
public class UploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ImportService imports;

    private transient Part file;
    private String jobId;
    private ImportJobView job;

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose the attendance file (CSV) exported from your school's system", null));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            jobId = imports.submit(ImportKind.ATTENDANCE, in);
            job = imports.status(jobId);
        } catch (InvalidInputException e) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (IOException e) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The file could not be read; send it again", null));
        }
    }

    /** Called by the page's poll while the import runs. */
    public void refresh() {
        if (jobId != null) {
            job = imports.status(jobId);
        }
    }

    public boolean isRunning() {
        return job != null && (job.status() == ImportStatus.QUEUED || job.status() == ImportStatus.RUNNING);
    }

    public ImportJobView getJob() {
        return job;
    }

    public int getPercent() {
        return job == null ? 0 : job.percentRead();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
