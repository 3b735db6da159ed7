package uk.gov.pathway.kernel.mail;

/** A message did not go: the outbox keeps it unsent with this reason. */
public class MailNotSent extends Exception {

    private static final long serialVersionUID = 1L;

    public MailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
