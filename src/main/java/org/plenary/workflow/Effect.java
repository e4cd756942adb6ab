package org.plenary.workflow;

import java.util.List;
import java.util.Map;

/**
 * What one command did, or why it did nothing. {@code fields} are the resolved command of PRODUCT.md 3.5
 * (meeting ids, owner addresses); {@code changes} are lines for the confirmation; {@code error} says what
 * was not understood or not allowed and what would work.
 */
public record Effect(String type, Map<String, Object> fields, List<String> changes, String error) {

    public static Effect done(String type, Map<String, Object> fields, List<String> changes) {
        return new Effect(type, fields, List.copyOf(changes), null);
    }

    public static Effect refused(String type, Map<String, Object> fields, String error) {
        return new Effect(type, fields, List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
