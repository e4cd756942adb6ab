package org.plenary.notify;

/** An apology for one meeting; the reason is null when none was given. */
public record ApologyView(String name, String email, String reason) {
}
