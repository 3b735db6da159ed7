package uk.gov.pathway.web.view.admin;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.gov.pathway.web.view.Download;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import uk.gov.pathway.kernel.letters.LetterField;
import uk.gov.pathway.kernel.letters.LetterTemplates;
import uk.gov.pathway.kernel.letters.TemplateView;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/** The administrator edits the words of the letters, previews them as PDF with fictional data, and saves them. */
@Named
@ViewScoped
public class LetterTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LetterTemplates templates;

    private List<TemplateView> all = List.of();
    private String code;
    private String name;
    private String body;
    private long version;

    @PostConstruct
    void load() {
        all = templates.all();
    }

    /** Puts a template into the form. */
    public void edit(TemplateView template) {
        TemplateView current = templates.template(template.code());
        code = current.code();
        name = current.name();
        body = current.body();
        version = current.version();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TemplateView saved = templates.save(code, name, body, version);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "'" + saved.name()
                    + "' is saved (version " + saved.version() + "). New letters use these words.", null));
            all = templates.all();
            code = null;
        } catch (InvalidInputException e) {
            refused(faces, "The template was not saved", e);
        } catch (NotVisibleException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBException e) {
            if (!causedByAConflict(e)) {
                throw e;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Someone else saved this template since"
                    + " you opened it, so yours was not saved. Copy your words, open the template again and repeat"
                    + " your change.", null));
        }
    }

    /** Sends the words in the form, saved or not, as a PDF letter filled with fictional examples. */
    public void preview() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        byte[] pdf;
        try {
            pdf = templates.preview(name, body);
        } catch (InvalidInputException e) {
            refused(faces, "The preview could not be made", e);
            return;
        }
        Download.send("preview-" + code.toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf", "application/pdf", pdf);
    }

    public void cancel() {
        code = null;
    }

    private static void refused(FacesContext faces, String what, InvalidInputException e) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, what + ":", null));
        for (InputProblem problem : e.problems()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
        }
    }

    private static boolean causedByAConflict(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    public List<TemplateView> getTemplates() {
        return all;
    }

    public List<LetterField> getFields() {
        return Arrays.asList(LetterField.values());
    }

    public boolean isEditing() {
        return code != null;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public long getVersion() {
        return version;
    }

}
