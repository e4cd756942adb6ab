package org.plenary.app;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.PlenaryException;

/**
 * Turns the mail URLs a deployer writes ({@code imaps://bot%40example.org:secret@imap.example.org/INBOX},
 * {@code smtps://user:pw@smtp.example.org:465}, {@code smtp://relay:587?starttls=required}) into camel-mail
 * endpoints whose URI holds no credential at all: the user and password are beans the URI names
 * ({@code password=#bean:plenaryImapPassword}), so no route log, polling error or exception message can print
 * them. Camel's {@code RAW(...)} is not enough: its URI sanitizer takes an {@code @} inside a RAW value (a user
 * name that is an address, a password holding {@code @}) for the end of a user-info part and prints the rest.
 *
 * <p>The URL is read by {@link #parse}, not by {@link java.net.URI}, because deployers paste passwords as they
 * are: a {@code /}, {@code ?}, {@code #}, {@code (} or {@code )} in a password ends the authority for
 * {@code java.net.URI}. Here the credentials end at the first {@code @} followed by a host, an optional port and
 * then nothing, a {@code /} or a {@code ?}; an {@code @} inside a user name or password may be written
 * {@code %40}. {@link #redacted} shows a URL with its password replaced, for logs and error messages.
 */
public final class MailUrls {
    private static final Pattern HOST_AND_REST =
            Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+)(?::(\\d{1,5}))?(?:([/?])(.*))?", Pattern.DOTALL);
    private static final String HIDDEN = "***";

    private MailUrls() {
    }

    /** A camel-mail endpoint URI and the credentials to bind, under the names it gives them, before it is used. */
    public record MailEndpoint(String uri, Map<String, String> credentials) {
    }

    /**
     * A mail URL in its parts; {@code user}, {@code password} and {@code path} are decoded, null when absent.
     * {@code unescapedAt} says the path holds an @ as written, which may be the tail of a password.
     */
    record Parts(String scheme, String user, String rawUser, String password, String host, int port, String path,
                 boolean unescapedAt, String query) {
    }

    /** The endpoint for reading a mailbox; {@code options} are appended as given (e.g. "unseen=true"). */
    public static MailEndpoint imap(String url, List<String> options) {
        return imap(url, options, "plenaryImap");
    }

    /** The same, with its credential beans named {@code {beanPrefix}Username} and {@code {beanPrefix}Password}. */
    public static MailEndpoint imap(String url, List<String> options, String beanPrefix) {
        return endpoint(url, List.of("imap", "imaps"), options, true, beanPrefix);
    }

    public static MailEndpoint smtp(String url, List<String> options) {
        return endpoint(url, List.of("smtp", "smtps"), options, false, "plenarySmtp");
    }

    private static MailEndpoint endpoint(String url, List<String> schemes, List<String> extra, boolean folder,
                                         String beanPrefix) {
        String example = schemes.get(1) + "://user:password@host:port" + (folder ? "/INBOX" : "");
        Parts parts = parse(url);
        if (parts == null || !schemes.contains(parts.scheme())) {
            throw new PlenaryException("a mail URL must look like " + example + ", not " + redacted(url));
        }
        if (parts.unescapedAt()) {
            throw new PlenaryException("write an @ in a mail URL's user name, password or folder as %40: " + redacted(url));
        }
        List<String> options = new ArrayList<>();
        Map<String, String> credentials = new LinkedHashMap<>();
        if (parts.user() != null) {
            credentials.put(beanPrefix + "Username", parts.user());
            options.add("username=#bean:" + beanPrefix + "Username");
        }
        if (parts.password() != null) {
            credentials.put(beanPrefix + "Password", parts.password());
            options.add("password=#bean:" + beanPrefix + "Password");
        }
        if (folder && parts.path() != null && parts.path().length() > 1) {
            options.add("folderName=" + parts.path().substring(1));
        }
        if (parts.query() != null && !parts.query().isEmpty()) {
            for (String option : parts.query().split("&")) {
                options.add(translate(option, parts.scheme()));
            }
        }
        options.addAll(extra);
        String port = parts.port() > 0 ? ":" + parts.port() : "";
        String uri = parts.scheme() + "://" + parts.host() + port + (options.isEmpty() ? "" : "?" + String.join("&", options));
        return new MailEndpoint(uri, Map.copyOf(credentials));
    }

    /**
     * {@code starttls=required} upgrades a plain connection and refuses to go on without TLS, as a deployer
     * expects; camel-mail takes JavaMail properties prefixed with "mail.".
     */
    private static String translate(String option, String scheme) {
        String protocol = scheme.startsWith("imap") ? "imap" : "smtp";
        String lower = option.toLowerCase(Locale.ROOT);
        if (lower.equals("starttls=required") || lower.equals("starttls=true")) {
            return "mail." + protocol + ".starttls.enable=true&mail." + protocol + ".starttls.required=true";
        }
        return option;
    }

    /** The parts of a mail URL, or null when it is not one ({@code scheme://[user[:password]@]host[:port][/path][?query]}). */
    static Parts parse(String url) {
        if (url == null) {
            return null;
        }
        String text = url.trim();
        int separator = text.indexOf("://");
        if (separator <= 0 || !text.substring(0, separator).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return null;
        }
        String scheme = text.substring(0, separator).toLowerCase(Locale.ROOT);
        String rest = text.substring(separator + 3);
        for (int at = rest.indexOf('@'); at >= 0; at = rest.indexOf('@', at + 1)) {
            String userInfo = rest.substring(0, at);
            Matcher host = HOST_AND_REST.matcher(rest.substring(at + 1));
            if (looksLikeUserInfo(userInfo) && host.matches()) {
                int colon = userInfo.indexOf(':');
                String rawUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
                String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
                return parts(scheme, decode(rawUser), rawUser, password, host);
            }
        }
        Matcher host = HOST_AND_REST.matcher(rest);
        return host.matches() ? parts(scheme, null, null, null, host) : null;
    }

    /** A path that merely holds an @ ({@code imap://host/a@b}) is not a user name: only a password may hold a /. */
    private static boolean looksLikeUserInfo(String userInfo) {
        int colon = userInfo.indexOf(':');
        int end = colon < 0 ? userInfo.length() : colon;
        return !userInfo.isEmpty() && userInfo.substring(0, end).chars().noneMatch(c -> c == '/' || c == '?');
    }

    private static Parts parts(String scheme, String user, String rawUser, String password, Matcher host) {
        int port = host.group(2) == null ? -1 : Integer.parseInt(host.group(2));
        String path = null;
        String query = null;
        boolean unescapedAt = false;
        if ("/".equals(host.group(3))) {
            String tail = host.group(4);
            int question = tail.indexOf('?');
            String rawPath = "/" + (question < 0 ? tail : tail.substring(0, question));
            unescapedAt = rawPath.contains("@");
            path = decode(rawPath);
            query = question < 0 ? null : tail.substring(question + 1);
        } else if ("?".equals(host.group(3))) {
            query = host.group(4);
        }
        return new Parts(scheme, user, rawUser, password, host.group(1), port, path, unescapedAt, query);
    }

    /**
     * The URL with its password replaced, for logs and error messages: rebuilt from its parts, so whatever the
     * password holds cannot survive. A text that cannot be read as a URL shows only its scheme.
     */
    public static String redacted(String url) {
        if (url == null) {
            return null;
        }
        Parts parts = parse(url);
        if (parts == null) {
            int separator = url.indexOf("://");
            return separator > 0 && url.substring(0, separator).matches("[A-Za-z][A-Za-z0-9+.-]*")
                    ? url.substring(0, separator) + "://" + HIDDEN : HIDDEN;
        }
        StringBuilder out = new StringBuilder(parts.scheme()).append("://");
        if (parts.rawUser() != null) {
            out.append(parts.rawUser()).append(parts.password() == null ? "" : ":" + HIDDEN).append('@');
        }
        out.append(parts.host()).append(parts.port() > 0 ? ":" + parts.port() : "");
        if (parts.path() != null) {
            // A path holding an @ may be the tail of a password whose @ was not escaped.
            out.append(parts.unescapedAt() ? "/" + HIDDEN : parts.path());
        }
        if (parts.query() != null) {
            out.append('?').append(String.join("&", redactedOptions(parts.query())));
        }
        return out.toString();
    }

    /** Options as camel-mail reads them: a RAW(...) or RAW{...} value may hold an {@code &}; credentials are hidden. */
    private static List<String> redactedOptions(String query) {
        List<String> options = new ArrayList<>();
        int start = 0;
        while (start < query.length()) {
            int equals = query.indexOf('=', start);
            int amp = query.indexOf('&', start);
            int end = amp < 0 ? query.length() : amp;
            if (equals >= 0 && (amp < 0 || equals < amp)) {
                String value = query.substring(equals + 1);
                if (value.startsWith("RAW(") || value.startsWith("RAW{")) {
                    char close = value.charAt(3) == '(' ? ')' : '}';
                    int closing = value.indexOf(close + "&");
                    end = closing < 0 ? query.length() : equals + 1 + closing + 1;
                }
            }
            String option = query.substring(start, end);
            int split = option.indexOf('=');
            String key = split < 0 ? option : option.substring(0, split);
            String lower = key.toLowerCase(Locale.ROOT);
            boolean secret = lower.contains("password") || lower.equals("username") || lower.contains("secret");
            options.add(secret && split >= 0 ? key + "=" + HIDDEN : option);
            start = end + 1;
        }
        return options;
    }

    /** Percent-decoding as RFC 3986 means it: a {@code +} stays a plus, a lone {@code %} stays a percent sign. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '%' && i + 2 < source.length && hex(source[i + 1]) >= 0 && hex(source[i + 2]) >= 0) {
                bytes.write(hex(source[i + 1]) * 16 + hex(source[i + 2]));
                i += 2;
            } else {
                bytes.write(source[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }
}
