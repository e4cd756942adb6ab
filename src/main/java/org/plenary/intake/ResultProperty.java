package org.plenary.intake;

/**
 * A property of a method's verdict, {@code type.name=value} as in {@code header.d=example.org}: type and name
 * in lower case, the value as written (quotes removed). Some servers add bare {@code name=value} pairs outside
 * the grammar (Microsoft's {@code action=none}, Fastmail's {@code x-bits=2048}); they are kept with an empty name.
 */
public record ResultProperty(String type, String name, String value) {
}
