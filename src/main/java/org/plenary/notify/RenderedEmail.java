package org.plenary.notify;

/** An email rendered from one template id: the subject line and its text and HTML twins. */
public record RenderedEmail(String subject, String text, String html) {
}
