package org.plenary.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.address.AsciiCase;

/**
 * Reads an {@code Authentication-Results} value by the grammar of RFC 8601 section 2.2:
 * {@code authserv-id [version] ; resinfo *( ; resinfo )} or {@code authserv-id ; none}, where a resinfo is
 * {@code method[/version]=result [reason=value] *(ptype.property=value)} and comments in parentheses and
 * white space may stand between any two parts. Results are tokens, never text matched in the value: the words
 * "dkim=pass" inside a comment, a quoted string or another property's value are that comment or value.
 *
 * <p>It is lenient only where real servers are: a header without an authserv-id (Microsoft 365), bare
 * {@code name=value} pairs after a result (Microsoft, Fastmail), property values holding characters the grammar
 * reserves ({@code header.b} signatures with {@code /} and {@code +}), and empty results between semicolons.
 * Anything else that does not follow the grammar makes the whole header unreadable, because a verdict read
 * from a header the parser did not understand could be anybody's. One per value; not thread-safe.
 */
final class AuthenticationResultsParser {
    /** RFC 2045 tspecials: the characters a token cannot hold. */
    private static final String SPECIALS = "()<>@,;:\\\"/[]?=";

    private final String text;
    private int at;

    private AuthenticationResultsParser(String text) {
        this.text = text;
    }

    static Optional<AuthenticationResults> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuthenticationResultsParser(value).header());
        } catch (Malformed malformed) {
            return Optional.empty();
        }
    }

    private AuthenticationResults header() {
        skipWhiteSpaceAndComments();
        int start = at;
        String authservId = value();
        skipWhiteSpaceAndComments();
        List<MethodResult> results = new ArrayList<>();
        if ((next('=') || next('/')) && isKeyword(authservId)) {
            // Microsoft 365 writes no authserv-id: what looked like one is the first method.
            at = start;
            authservId = "";
            results.add(methodResult());
        } else if (!atEnd() && isDigit(text.charAt(at))) {
            digits(); // the header's version: 1 is the only one there is
        }
        while (true) {
            skipWhiteSpaceAndComments();
            if (atEnd()) {
                return new AuthenticationResults(authservId, results);
            }
            expect(';');
            skipWhiteSpaceAndComments();
            if (atEnd() || next(';')) {
                continue;
            }
            int method = at;
            String keyword = keyword();
            skipWhiteSpaceAndComments();
            if (keyword.equals("none") && !next('=') && !next('/')) {
                if (!results.isEmpty() || !atEnd()) {
                    throw new Malformed();
                }
                return new AuthenticationResults(authservId, List.of());
            }
            at = method;
            results.add(methodResult());
        }
    }

    private MethodResult methodResult() {
        String method = keyword();
        skipWhiteSpaceAndComments();
        String version = null;
        if (next('/')) {
            at++;
            skipWhiteSpaceAndComments();
            version = digits();
            skipWhiteSpaceAndComments();
        }
        expect('=');
        skipWhiteSpaceAndComments();
        String result = keyword();
        String reason = null;
        List<ResultProperty> properties = new ArrayList<>();
        while (true) {
            skipWhiteSpaceAndComments();
            if (atEnd() || next(';')) {
                return new MethodResult(method, version, result, reason, properties);
            }
            String type = keyword();
            skipWhiteSpaceAndComments();
            if (next('.')) {
                at++;
                skipWhiteSpaceAndComments();
                String name = keyword();
                skipWhiteSpaceAndComments();
                expect('=');
                properties.add(new ResultProperty(type, name, propertyValue()));
            } else if (next('=')) {
                at++;
                String value = propertyValue();
                if (type.equals("reason") && reason == null && properties.isEmpty()) {
                    reason = value;
                } else {
                    properties.add(new ResultProperty(type, "", value));
                }
            } else {
                throw new Malformed();
            }
        }
    }

    /**
     * A property's value: a token, a quoted string, or an address such as {@code "a;b"@example.org} whose quoted
     * local part may hold a semicolon. It ends at white space, a comment or a semicolon outside quotes.
     */
    private String propertyValue() {
        skipWhiteSpaceAndComments();
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(at);
            if (c == '"') {
                value.append(quotedString());
            } else if (c == ';' || c == '(' || Character.isWhitespace(c)) {
                break;
            } else {
                value.append(c);
                at++;
            }
        }
        return value.toString();
    }

    /** The authserv-id: a token or a quoted string. */
    private String value() {
        if (next('"')) {
            return quotedString();
        }
        int start = at;
        while (!atEnd() && isTokenCharacter(text.charAt(at))) {
            at++;
        }
        if (at == start) {
            throw new Malformed();
        }
        return text.substring(start, at);
    }

    /** A method, result, property type or name: a letter or digit, then letters, digits, '-' and '_'. */
    private String keyword() {
        int start = at;
        while (!atEnd() && isKeywordCharacter(text.charAt(at), at == start)) {
            at++;
        }
        if (at == start) {
            throw new Malformed();
        }
        return AsciiCase.lower(text.substring(start, at));
    }

    private String digits() {
        int start = at;
        while (!atEnd() && isDigit(text.charAt(at))) {
            at++;
        }
        if (at == start) {
            throw new Malformed();
        }
        return text.substring(start, at);
    }

    private String quotedString() {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                if (atEnd()) {
                    break;
                }
                c = text.charAt(at++);
            }
            value.append(c);
        }
        throw new Malformed();
    }

    /** RFC 5322 CFWS: white space and comments, which nest and may hold quoted pairs. */
    private void skipWhiteSpaceAndComments() {
        int depth = 0;
        while (!atEnd()) {
            char c = text.charAt(at);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == '\\' && depth > 0) {
                at++;
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                return;
            }
            at++;
        }
        if (depth > 0) {
            throw new Malformed();
        }
    }

    private void expect(char wanted) {
        if (!next(wanted)) {
            throw new Malformed();
        }
        at++;
    }

    private boolean next(char wanted) {
        return !atEnd() && text.charAt(at) == wanted;
    }

    private boolean atEnd() {
        return at >= text.length();
    }

    private static boolean isKeyword(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!isKeywordCharacter(word.charAt(i), i == 0)) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean isKeywordCharacter(char c, boolean first) {
        boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
        return letterOrDigit || !first && (c == '-' || c == '_');
    }

    private static boolean isTokenCharacter(char c) {
        return c > ' ' && c != 127 && SPECIALS.indexOf(c) < 0 && !Character.isWhitespace(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value does not follow the grammar; caught in {@link #parse}, never thrown further. */
    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
