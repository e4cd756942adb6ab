package org.plenary.group;

import java.time.LocalDate;

/** An action item carried over from before Plenary; {@code due} may be null. */
public record ActionDefinition(String owner, String title, LocalDate due) {
}
