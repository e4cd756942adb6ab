package org.plenary.correlation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The Message-IDs of Plenary's mail: {@code <purpose.ref.random@domain>}, e.g.
 * {@code <agenda.plenary-2017-07-04.k3j2h1q8z0m4@ssr2.test>}. The ref (a meeting or action id, or
 * "-" for none) lets a reply be traced by its In-Reply-To or References even when the subject was
 * edited; the random part keeps ids unique. Thread-safe.
 */
public final class MessageIds {
    /** The ref of an email about no meeting or action item. */
    public static final String NO_REF = "-";

    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*|-");
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_LENGTH = 12;
    /** A held question's token: 160 random bits in hex, so nobody can guess the id a confirmation must answer. */
    private static final int TOKEN_BYTES = 20;
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{" + 2 * TOKEN_BYTES + "}");

    private MessageIds() {
    }

    /** A new id with a random part drawn from {@code random} (pass a SecureRandom in production). */
    public static String create(String ref, Purpose purpose, String domain, RandomGenerator random) {
        StringBuilder unique = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            unique.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return format(ref, purpose, domain, unique.toString());
    }

    /**
     * An id whose unique part is derived from {@code seed} (e.g. the outbox row's key), so that
     * composing the same outgoing email twice yields the same id and receivers dedupe it.
     */
    public static String create(String ref, Purpose purpose, String domain, String seed) {
        byte[] digest = sha256(purpose.id() + "\n" + ref + "\n" + domain + "\n" + seed);
        StringBuilder unique = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            unique.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
        }
        return format(ref, purpose, domain, unique.toString());
    }

    /** A new secret token for a held question, from {@code random} (a SecureRandom). */
    public static String newToken(java.util.random.RandomGenerator random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** The id of the question about a held email: {@code <held.-.TOKEN@domain>}. */
    public static String heldQuestion(String token, String domain) {
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("not a held question's token");
        }
        return format(NO_REF, Purpose.HELD, domain, token);
    }

    /** The token of a held question's id for {@code domain}; empty for any other id. */
    public static Optional<String> tokenOf(String messageId, String domain) {
        return parts(messageId, domain).filter(parts -> parts[0].equals(Purpose.HELD.id())).map(parts -> parts[2]);
    }

    /** The SHA-256 of a token, in hex: what the store keeps of it. */
    public static String hashOf(String token) {
        return java.util.HexFormat.of().formatHex(sha256(token));
    }

    /**
     * The ref of one of Plenary's ids for {@code domain}; empty for anyone else's id, for a
     * malformed one, and for the "-" of an email about nothing in particular.
     */
    public static Optional<String> refOf(String messageId, String domain) {
        return parts(messageId, domain).filter(parts -> !NO_REF.equals(parts[1])).map(parts -> parts[1]);
    }

    /** What one of Plenary's ids for {@code domain} was made for; empty for anyone else's id. */
    public static Optional<Purpose> purposeOf(String messageId, String domain) {
        return parts(messageId, domain).flatMap(parts -> Purpose.fromId(parts[0]));
    }

    /** Whether the id is one Plenary made for {@code domain}, whatever it refers to (including "-"). */
    public static boolean isOurs(String messageId, String domain) {
        return parts(messageId, domain).isPresent();
    }

    /** The purpose, ref and unique part of one of Plenary's ids, or empty for anyone else's or a malformed one. */
    private static Optional<String[]> parts(String messageId, String domain) {
        if (messageId == null) {
            return Optional.empty();
        }
        String id = messageId.trim();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        int at = id.lastIndexOf('@');
        if (at < 0 || !id.substring(at + 1).equalsIgnoreCase(domain)) {
            return Optional.empty();
        }
        String[] parts = id.substring(0, at).split("\\.", -1);
        boolean held = parts.length == 3 && Purpose.HELD.id().equals(parts[0]);
        if (parts.length != 3 || Purpose.fromId(parts[0]).isEmpty() || !REF.matcher(parts[1]).matches()
                || (held ? !TOKEN.matcher(parts[2]).matches() : parts[2].length() != RANDOM_LENGTH)) {
            return Optional.empty();
        }
        return Optional.of(parts);
    }

    private static String format(String ref, Purpose purpose, String domain, String unique) {
        if (ref == null || !REF.matcher(ref).matches()) {
            throw new IllegalArgumentException("A message ref is a meeting or action id or \"-\", not " + ref);
        }
        if (domain == null || domain.isBlank() || domain.contains("@") || domain.contains(">")) {
            throw new IllegalArgumentException("Not a mail domain: " + domain);
        }
        return "<" + purpose.id() + "." + ref + "." + unique + "@" + domain.toLowerCase(Locale.ROOT) + ">";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
