package org.plenary.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to the SMTP server, kept open across the emails of an outbox run: each email costs one
 * MAIL/RCPT/DATA exchange instead of a connection, greeting, EHLO, AUTH and QUIT of its own. The outbound route
 * {@linkplain #close() closes} it when the run ends. {@link #send} returns only once the server accepted the email,
 * and throws otherwise, as camel-mail's producer did: the envelope is the message's own (its sender, and all its
 * To, Cc and Bcc recipients), and the {@code Bcc} header never goes out.
 *
 * <p>A failure closes the connection, so the next email starts on a new one. An email that fails on a connection
 * which already carried one, for a reason other than the server refusing it, is tried once more on a new
 * connection: the server dropped the connection between two emails (a restart, a limit of messages per connection)
 * and the email is not to blame. This adds no duplicate that the outbox's own retry would not: an email the
 * server took but could not confirm is sent again either way. Thread-safe.
 */
public final class SmtpConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnection.class);
    private static final int SERVICE_CLOSING = 421;

    /** Opens a transport connected (and authenticated) to the SMTP server. */
    @FunctionalInterface
    public interface Opener {
        Transport open() throws MessagingException;
    }

    private final Opener opener;
    private Transport transport;

    public SmtpConnection(Opener opener) {
        this.opener = opener;
    }

    public synchronized void send(MimeMessage message) throws MessagingException {
        prepare(message);
        boolean reused = transport != null;
        try {
            deliver(message);
        } catch (MessagingException | IllegalStateException e) {
            if (!reused || refused(e)) {
                throw e;
            }
            LOG.debug("the SMTP connection failed ({}); sending {} again on a new one", e.getMessage(),
                    message.getMessageID());
            deliver(message);
        }
    }

    /** Ends the connection, if one is open; the next {@link #send} opens a new one. */
    @Override
    public synchronized void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("closing the SMTP connection: {}", e.getMessage());
        }
        transport = null;
    }

    private void deliver(MimeMessage message) throws MessagingException {
        if (transport == null) {
            transport = opener.open();
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | IllegalStateException e) {
            close();
            throw e;
        }
    }

    /** What camel-mail's sender does before it sends: a date if none, and a Message-ID that survives saveChanges. */
    private static void prepare(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
    }

    /**
     * The server answered this email: it refused the sender, a recipient or the content (a reply code other than
     * 421, "closing the connection"), or took it for some recipients; a new connection would not change that.
     */
    private static boolean refused(Exception failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SendFailedException sendFailed && sendFailed.getValidSentAddresses() != null
                    && sendFailed.getValidSentAddresses().length > 0) {
                return true;
            }
            int code = e instanceof SMTPSendFailedException s ? s.getReturnCode()
                    : e instanceof SMTPAddressFailedException a ? a.getReturnCode() : -1;
            if (code >= 400 && code != SERVICE_CLOSING) {
                return true;
            }
        }
        return false;
    }
}
