package org.plenary.store;

import java.time.Instant;

public record ActionNote(String text, String by, Instant at) {
}
