package org.plenary.app;

import jakarta.mail.Message;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.support.DefaultMessage;

/**
 * The first step of the inbound route: the exchange keeps the raw mail as its body and no header at all. camel-mail
 * fills a message's headers from the mail on first access, from the IMAP envelope; when the server cannot build
 * that envelope (a {@code From} such as {@code noor@ssr2.test.}) every header access fails, and with it the route
 * before anything could record the mail. Nor may a sender's headers steer the consumer (moveTo, copyTo, delete…):
 * the only headers the consumer reads at the end are those the route sets.
 */
public final class BareMailMessage implements Processor {
    @Override
    public void process(Exchange exchange) {
        Message mail = exchange.getIn(MailMessage.class).getOriginalMessage();
        DefaultMessage bare = new DefaultMessage(exchange);
        bare.setBody(mail);
        exchange.setIn(bare);
    }
}
