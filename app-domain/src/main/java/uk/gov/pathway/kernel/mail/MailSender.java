package uk.gov.pathway.kernel.mail;

/**
 * The kernel's port for sending e-mail: one plain-text message to one person. The outbox (kernel.deadlines.MailOutbox)
 * decides what goes and when; app-integration implements the sending (integration.mail.JakartaMailSender), found
 * through CDI, so the domain does not depend on Jakarta Mail or the server's mail session.
 */
public interface MailSender {

    /** Sends the message in UTF-8; {@link MailNotSent} when the address is not one or the mail server refuses or is down. */
    void send(String recipient, String subject, String body) throws MailNotSent;
}
