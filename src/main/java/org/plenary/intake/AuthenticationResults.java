package org.plenary.intake;

import java.util.List;
import java.util.Optional;

/**
 * One {@code Authentication-Results} header (RFC 8601) read into its parts: the id of the server that wrote it and
 * each method's verdict, in order. {@code authservId} is as written, and empty when the server wrote none (Microsoft
 * 365's headers open with the first result); {@code results} is empty for a header that says {@code none}.
 */
public record AuthenticationResults(String authservId, List<MethodResult> results) {
    public AuthenticationResults {
        results = List.copyOf(results);
    }

    /** The header's value read by the RFC 8601 grammar, or empty when it does not follow it. */
    public static Optional<AuthenticationResults> parse(String value) {
        return AuthenticationResultsParser.parse(value);
    }
}
