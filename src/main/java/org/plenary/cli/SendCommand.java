package org.plenary.cli;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "send", description = "Send a plain email through the demo's mail server, as a member would.")
final class SendCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, description = "the sender, e.g. noor@ssr2.test")
    String from;

    @Option(names = "--to", defaultValue = "secretariat@ssr2.test", description = "default: ${DEFAULT-VALUE}")
    String to;

    @Option(names = "--subject", defaultValue = "", description = "the subject (default: the first line of the body)")
    String subject;

    @Parameters(arity = "1", description = "the body; each line may hold a command")
    String body;

    @Override
    public Integer call() throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PLENARY_DEMO_SMTP_PORT", "3025"));
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject.isBlank() ? body.lines().findFirst().orElse("") : subject, "UTF-8");
        message.setSentDate(new Date());
        message.setText(body.replace("\\n", "\n") + "\n", "UTF-8");
        Transport.send(message);
        System.out.println("sent to " + to + " through 127.0.0.1:" + port);
        return 0;
    }
}
