package uk.gov.pathway.integration.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import uk.gov.pathway.kernel.mail.MailNotSent;
import uk.gov.pathway.kernel.mail.MailSender;

/** Sends through the server's mail session {@value #MAIL_SESSION} (pathway.smtp.host, .port, pathway.mail.from). */
@ApplicationScoped
public class JakartaMailSender implements MailSender {

    public static final String MAIL_SESSION = "java:jboss/mail/Pathway";

    @Resource(lookup = MAIL_SESSION)
    Session mail;

    @Override
    public void send(String recipient, String subject, String body) throws MailNotSent {
        try {
            MimeMessage mime = new MimeMessage(mail);
            mime.setFrom();
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            mime.setSubject(subject, "UTF-8");
            mime.setText(body, "UTF-8");
            Transport.send(mime);
        } catch (MessagingException | RuntimeException e) {
            throw new MailNotSent(e.toString(), e);
        }
    }
}
