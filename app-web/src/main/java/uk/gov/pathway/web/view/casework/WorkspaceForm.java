package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import jakarta.inject.Inject;

/**
 * What every form of the case workspace shares: the case it records on, today by the server's clock, and whether the
 * form is open (a form opens when the person asks for it and stays open while what they wrote is refused).
 */
public abstract class WorkspaceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkspaceBacking workspace;

    @Inject
    transient Clock clock;

    private boolean open;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long caseId() {
        return workspace.caseId();
    }

    /** Runs the action; on success the form closes and the case is read again; on refusal it stays open. */
    boolean attempt(String done, Feedback.Action action) {
        boolean succeeded = Feedback.attempt(done, action);
        if (succeeded) {
            open = false;
        }
        workspace.load();
        return succeeded;
    }

    public void open() {
        open = true;
    }

    public void cancel() {
        open = false;
    }

    public boolean isOpen() {
        return open;
    }

    /**
     * On the node a session moves to (README "Cluster"): the server's clock is not copied with the session but
     * obtained there again.
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        clock = jakarta.enterprise.inject.spi.CDI.current().select(Clock.class).get();
    }
}
