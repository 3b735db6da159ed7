package uk.gov.pathway.kernel.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the request being served comes from: the client's address and the request, filled in by the web layer for
 * each request (the domain knows no servlet). Background work states its operation and who started it; what is
 * never filled in reads "server".
 */
@RequestScoped
public class AuditOrigin {

    public static final String SERVER = "server";

    private String address;
    private String request;
    private String startedBy;

    /** A request of a person's browser or script: the client's address and e.g. "GET /pathway/api/v1/pupils/X". */
    public void request(String remoteAddress, String requestLine) {
        this.address = blankToNull(remoteAddress);
        this.request = blankToNull(requestLine);
    }

    /**
     * Background work (an import job, a timer): it runs on the server, as the named operation, for the person who
     * started it (null: the caller the server gives the thread).
     */
    public void background(String operation, String startedBy) {
        this.address = SERVER;
        this.request = blankToNull(operation);
        this.startedBy = blankToNull(startedBy);
    }

    public String address() {
        return address == null ? SERVER : address;
    }

    public String request() {
        return request == null ? SERVER : request;
    }

    /** The person background work acts for, or null when the server's caller is the one to record. */
    public String startedBy() {
        return startedBy;
    }

    /** Whether a person's request (not background work) is being served. */
    public boolean fromClient() {
        return address != null && !SERVER.equals(address);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
