package org.plenary.app;

import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Transport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.DefaultJavaMailSender;
import org.apache.camel.component.mail.JavaMailSender;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;
import org.plenary.PlenaryException;
import org.plenary.notify.SmtpConnection;

/**
 * Opens SMTP connections exactly as camel-mail's producer for the endpoint of PLENARY_SMTP_URL would: from the
 * sender camel-mail builds out of the endpoint's configuration (host, port, credentials, STARTTLS or SSL, timeouts,
 * every {@code mail.*} option of the URL, the system properties), connected as that sender connects. Only the
 * connection's lifetime differs: {@link SmtpConnection} keeps it for the emails of an outbox run.
 *
 * <p>camel-mail builds its sender in a protected method and keeps it private to its producer, so it is called
 * reflectively here rather than copied: the JavaMail properties it derives (SSL socket factories, STARTTLS, the
 * connection timeout) stay camel-mail's own. Thread-safe.
 */
final class SmtpEndpointOpener implements SmtpConnection.Opener {
    private final Supplier<CamelContext> camel;
    private final String endpointUri;
    private JavaMailSender sender;

    /** @param endpointUri the camel-mail endpoint of PLENARY_SMTP_URL ({@code plenary.smtp.endpoint}) */
    SmtpEndpointOpener(Supplier<CamelContext> camel, String endpointUri) {
        this.camel = camel;
        this.endpointUri = endpointUri;
    }

    /** Resolves the endpoint now: a wrong option of PLENARY_SMTP_URL stops the start, not the first email. */
    void resolve() {
        sender();
    }

    @Override
    public Transport open() throws MessagingException {
        JavaMailSender configured = sender();
        Transport transport = configured.getSession().getTransport(configured.getProtocol());
        PasswordAuthentication login = configured instanceof DefaultJavaMailSender camelSender
                ? camelSender.getPasswordAuthentication()
                : new PasswordAuthentication(configured.getUsername(), configured.getPassword());
        transport.connect(configured.getHost(), configured.getPort(), login.getUserName(), login.getPassword());
        return transport;
    }

    /** The sender of the endpoint's producer, made once like the producer's: its session is reused too. */
    private synchronized JavaMailSender sender() {
        if (sender == null) {
            CamelContext context = camel.get();
            MailConfiguration configuration = context.getEndpoint(endpointUri, MailEndpoint.class).getConfiguration();
            sender = configuration.getJavaMailSender() != null ? configuration.getJavaMailSender()
                    : createSender(configuration, context);
        }
        return sender;
    }

    private static JavaMailSender createSender(MailConfiguration configuration, CamelContext context) {
        try {
            Method create = MailConfiguration.class.getDeclaredMethod("createJavaMailSender", CamelContext.class);
            create.setAccessible(true);
            return (JavaMailSender) create.invoke(configuration, context);
        } catch (InvocationTargetException e) {
            throw new PlenaryException("the SMTP settings could not be applied: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new PlenaryException("this camel-mail builds its SMTP sender differently: " + e.getMessage(), e);
        }
    }
}
