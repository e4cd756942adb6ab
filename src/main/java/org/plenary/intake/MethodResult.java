package org.plenary.intake;

import java.util.List;
import java.util.Optional;

/**
 * One method's verdict in an {@code Authentication-Results} header, such as
 * {@code dkim=pass header.d=example.org}. {@code method} and {@code result} are keywords in lower case;
 * {@code version} (of {@code method/1}) and {@code reason} are null when absent.
 */
public record MethodResult(String method, String version, String result, String reason,
                           List<ResultProperty> properties) {
    public MethodResult {
        properties = List.copyOf(properties);
    }

    public boolean isPass() {
        return "pass".equals(result);
    }

    /** The first value of the property {@code type.name} ({@code header.d}), given in lower case. */
    public Optional<String> property(String type, String name) {
        return properties.stream().filter(p -> p.type().equals(type) && p.name().equals(name))
                .map(ResultProperty::value).findFirst();
    }
}
