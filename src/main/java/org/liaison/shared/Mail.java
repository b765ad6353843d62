package org.liaison.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail through the SMTP server configured with {@code spring.mail.host}
 * ({@code SPRING_MAIL_HOST}). Without one (the embedded demo), mail is not sent and the caller is told
 * so, which lets reminder jobs keep their "not yet sent" state instead of pretending.
 */
@Component
public class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mail(ObjectProvider<JavaMailSender> sender, @Value("${liaison.mail.from:liaison@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether an SMTP server is configured. */
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends one message.
     *
     * @return true when the SMTP server accepted it; false when no server is configured or it refused
     */
    public boolean send(String to, String subject, String text) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("No SMTP server configured (spring.mail.host); not sending \"{}\" to {}", subject, to);
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mailSender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("SMTP server refused \"{}\" to {}: {}", subject, to, e.getMessage());
            return false;
        }
    }
}
