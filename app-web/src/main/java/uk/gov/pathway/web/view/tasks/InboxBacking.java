package uk.gov.pathway.web.view.tasks;

import java.io.Serializable;
import java.util.List;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.deadlines.TaskView;
import uk.gov.pathway.kernel.deadlines.Tasks;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/** The signed-in person's tasks on their home screen: what is due, what is overdue, marking one done. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Tasks tasks;

    private List<TaskView> inbox;

    public List<TaskView> getTasks() {
        if (inbox == null) {
            inbox = tasks.inbox();
        }
        return inbox;
    }

    public long getOpenCount() {
        return getTasks().stream().filter(TaskView::open).count();
    }

    public long getOverdueCount() {
        return getTasks().stream().filter(TaskView::overdue).count();
    }

    public void done(long taskId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TaskView done = tasks.done(taskId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Done: " + done.title(), null));
        } catch (jakarta.ejb.EJBException | NotVisibleException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "That task is no longer yours to mark done", null));
        }
        inbox = null;
    }
}
