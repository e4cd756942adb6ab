package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.camel.component.mail.DefaultJavaMailSender;
import org.junit.jupiter.api.Test;
import org.plenary.notify.SmtpSink.Received;

/** What the outbound route promises of its SMTP connection, against a server that counts connections. */
class SmtpConnectionTest {
    private static final Session SESSION = Session.getInstance(properties());

    @Test
    void theEmailsOfARunGoOverOneConnectionWhichCloseEnds() throws Exception {
        try (SmtpSink sink = new SmtpSink()) {
            SmtpConnection connection = connectionTo(sink);
            for (int i = 1; i <= 10; i++) {
                connection.send(email(i, "noor@ssr2.test"));
            }
            assertThat(sink.received()).hasSize(10).extracting(Received::connection).containsOnly(1);
            assertThat(sink.openConnections()).isEqualTo(1);

            connection.close();

            await().atMost(Duration.ofSeconds(10)).until(() -> sink.openConnections() == 0);
            assertThat(sink.connections()).isEqualTo(1);
            connection.send(email(11, "noor@ssr2.test"));
            assertThat(sink.connections()).as("the next run opens a new connection").isEqualTo(2);
        }
    }

    @Test
    void aConnectionTheServerDropsBetweenEmailsIsReopenedAndNoEmailFails() throws Exception {
        try (SmtpSink sink = new SmtpSink(Set.of(), 3)) {
            SmtpConnection connection = connectionTo(sink);
            for (int i = 1; i <= 10; i++) {
                connection.send(email(i, "noor@ssr2.test"));
            }
            connection.close();

            assertThat(subjects(sink)).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj(i -> "Email " + i).toList());
            assertThat(sink.received()).extracting(Received::connection).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3, 4);
        }
    }

    @Test
    void aRefusedEmailFailsAloneOnceAndTheNextOneGoesOut() throws Exception {
        try (SmtpSink sink = new SmtpSink(Set.of("nobody@ssr2.test"), 0)) {
            SmtpConnection connection = connectionTo(sink);
            connection.send(email(1, "noor@ssr2.test"));

            assertThatThrownBy(() -> connection.send(email(2, "nobody@ssr2.test"))).isInstanceOf(SendFailedException.class);
            connection.send(email(3, "noor@ssr2.test"));
            connection.close();

            assertThat(subjects(sink)).containsExactly("Email 1", "Email 3");
            assertThat(sink.recipientsTried()).as("a refusal is not tried again").containsExactly(
                    "noor@ssr2.test", "nobody@ssr2.test", "noor@ssr2.test");
        }
    }

    @Test
    void aServerThatCannotBeReachedFailsTheEmail() throws Exception {
        int port;
        try (SmtpSink gone = new SmtpSink()) {
            port = gone.port();
        }
        SmtpConnection connection = new SmtpConnection(() -> open(port));
        assertThatThrownBy(() -> connection.send(email(1, "noor@ssr2.test"))).isInstanceOf(jakarta.mail.MessagingException.class);
        connection.close();
    }

    @Test
    void theEnvelopeAndTheMessageAreThoseCamelMailSent() throws Exception {
        try (SmtpSink sink = new SmtpSink()) {
            DefaultJavaMailSender camelMail = new DefaultJavaMailSender();
            camelMail.setJavaMailProperties(properties());
            camelMail.setHost("127.0.0.1");
            camelMail.setPort(sink.port());
            camelMail.setProtocol("smtp");
            camelMail.send(withCopies(email(1, "noor@ssr2.test")));
            SmtpConnection connection = connectionTo(sink);
            connection.send(withCopies(email(1, "noor@ssr2.test")));
            connection.close();

            List<Received> received = sink.received();
            assertThat(received).hasSize(2);
            Received byCamelMail = received.get(0);
            Received byConnection = received.get(1);
            assertThat(byConnection.sender()).isEqualTo(byCamelMail.sender()).isEqualTo("secretariat@ssr2.test");
            assertThat(byConnection.recipients()).isEqualTo(byCamelMail.recipients())
                    .containsExactly("noor@ssr2.test", "rene@ssr2.test", "list@ssr2.test");
            assertThat(byConnection.data()).isEqualTo(byCamelMail.data()).doesNotContain("Bcc:", "list@ssr2.test");
        }
    }

    private static List<String> subjects(SmtpSink sink) {
        return sink.received().stream().map(r -> r.data().lines().filter(l -> l.startsWith("Subject: "))
                .findFirst().orElseThrow().substring("Subject: ".length())).toList();
    }

    private static SmtpConnection connectionTo(SmtpSink sink) {
        return new SmtpConnection(() -> open(sink.port()));
    }

    private static Transport open(int port) throws jakarta.mail.MessagingException {
        Transport transport = SESSION.getTransport("smtp");
        transport.connect("127.0.0.1", port, null, null);
        return transport;
    }

    private static MimeMessage email(int number, String to) throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress("secretariat@ssr2.test"));
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Email " + number);
        message.setSentDate(Date.from(Instant.parse("2017-07-02T08:00:00Z")));
        message.setText("Noted.\n", "UTF-8");
        message.setHeader("Message-ID", "<email." + number + "@ssr2.test>");
        return message;
    }

    private static MimeMessage withCopies(MimeMessage message) throws Exception {
        message.addRecipient(Message.RecipientType.CC, new InternetAddress("rene@ssr2.test"));
        message.addRecipient(Message.RecipientType.BCC, new InternetAddress("list@ssr2.test"));
        return message;
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.localhost", "plenary.test");
        return properties;
    }
}
