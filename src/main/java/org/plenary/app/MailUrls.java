package org.plenary.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenary.PlenaryException;

/**
 * Turns the mail URLs a deployer writes ({@code imaps://bot%40example.org:secret@imap.example.org/INBOX},
 * {@code smtps://user:pw@smtp.example.org:465}, {@code smtp://relay:587?starttls=required}) into camel-mail
 * endpoint URIs, with the user and password as
 * RAW options so no character in a password needs escaping. {@link #redacted} is what logs may show.
 */
public final class MailUrls {
    private MailUrls() {
    }

    /** The endpoint for reading a mailbox; {@code options} are appended as given (e.g. "unseen=true"). */
    public static String imap(String url, List<String> options) {
        return endpoint(url, List.of("imap", "imaps"), options, true);
    }

    public static String smtp(String url, List<String> options) {
        return endpoint(url, List.of("smtp", "smtps"), options, false);
    }

    private static String endpoint(String url, List<String> schemes, List<String> extra, boolean folder) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new PlenaryException("not a mail URL: " + redacted(url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme) || uri.getHost() == null) {
            throw new PlenaryException("a mail URL must look like " + schemes.get(1) + "://user:password@host:port"
                    + (folder ? "/INBOX" : "") + ", not " + redacted(url));
        }
        List<String> options = new ArrayList<>();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            options.add("username=RAW(" + user + ")");
            if (colon >= 0) {
                options.add("password=RAW(" + decode(userInfo.substring(colon + 1)) + ")");
            }
        }
        String path = uri.getPath();
        if (folder && path != null && path.length() > 1) {
            options.add("folderName=" + path.substring(1));
        }
        if (uri.getRawQuery() != null) {
            for (String option : uri.getRawQuery().split("&")) {
                options.add(translate(option, scheme));
            }
        }
        options.addAll(extra);
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        return scheme + "://" + uri.getHost() + port + (options.isEmpty() ? "" : "?" + String.join("&", options));
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

    /** The URL with its password replaced, for logs and error messages. */
    public static String redacted(String url) {
        if (url == null) {
            return null;
        }
        return url.replaceAll("(?<=//)([^/@:]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)(RAW\\([^)]*\\)|[^&]*)", "$1***");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
