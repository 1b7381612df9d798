package org.manabi.core.notification;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.manabi.core.config.MailSettings;

/** Hands one message to the SMTP server the settings name. Plain text, UTF-8. */
public final class SmtpSender {

    /** Seconds to wait on a silent SMTP server, so a dead server cannot hold the dispatcher forever. */
    private static final String TIMEOUT_MILLIS = "20000";

    private final MailSettings settings;
    private final Session session;

    public SmtpSender(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        boolean authenticate = settings.user() != null && !settings.user().isBlank();
        properties.put("mail.smtp.auth", String.valueOf(authenticate));
        this.session = authenticate
                ? Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.user(), settings.password());
                    }
                })
                : Session.getInstance(properties);
    }

    public void send(OutboundMailStore.Due mail, Instant now) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        InternetAddress from = new InternetAddress(settings.from(), true);
        message.setFrom(from);
        InternetAddress[] recipients = mail.recipients().stream().map(SmtpSender::address)
                .toArray(InternetAddress[]::new);
        if (mail.blindCopy()) {
            message.setRecipient(Message.RecipientType.TO, from);
            message.setRecipients(Message.RecipientType.BCC, recipients);
        } else {
            message.setRecipients(Message.RecipientType.TO, recipients);
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body() == null ? "" : mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        Transport.send(message);
    }

    private static InternetAddress address(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not an e-mail address: " + text, e);
        }
    }
}
