package org.plenary.web;

import java.util.Locale;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.spi.HeaderFilterStrategy;

/**
 * Which headers cross the HTTP edge, for every platform-http route. Camel maps request headers, query parameters
 * and form fields onto the exchange, and copies the exchange's headers back onto the answer: a request's
 * {@code User-Agent} or {@code Authorization} would come back in the response, and {@code ?id=} would sit beside
 * the path's {@code {id}} (Camel appends path parameters after query parameters, making a list of both). So
 * nothing from outside becomes a header (path parameters are added by Camel past this filter: the path wins,
 * always), and only the headers Plenary means to send leave. Query parameters remain readable, unparsed, in
 * {@code CamelHttpQuery}.
 */
public final class OurHeadersOnly implements HeaderFilterStrategy {
    /** What a route may send besides Content-Type and Content-Length, which Camel sets itself. */
    private static final Set<String> SENT = Set.of("allow", "cache-control", "location", "set-cookie", "www-authenticate");

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !SENT.contains(headerName.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return true;
    }
}
