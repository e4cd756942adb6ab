package org.plenary.intake;

import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mailing list that rewrites From for DMARC (Google Groups' "'Noor Haddad' via SSR2 Review", Mailman's "Noor
 * Haddad via ssr2-review") keeps the writer in {@code X-Original-From} or {@code Reply-To}; the email is then the
 * writer's. Only a From whose name says "via" is read this way, so an ordinary Reply-To never changes the sender.
 * The list's DKIM signature and DMARC pass are the list's, and the list copies whatever From its poster wrote, so a
 * rewritten email is never authenticated: it acts as an unauthenticated email from that member would
 * ({@code PLENARY_TRUST}), and {@link MailReader} drops its Authentication-Results.
 */
final class ListRewrite {
    private static final Pattern VIA = Pattern.compile("(?i)^.{1,100}\\s+via\\s+.{1,100}$");

    private ListRewrite() {
    }

    static Optional<InternetAddress> originalSender(InternetAddress from, MailHeaders headers) {
        if (from == null || from.getPersonal() == null || !VIA.matcher(from.getPersonal().strip()).matches()) {
            return Optional.empty();
        }
        for (String header : List.of("X-Original-From", "Reply-To")) {
            List<InternetAddress> addresses = headers.nonBlankAddresses(header);
            if (addresses.size() == 1 && !MailHeaders.lowerCase(addresses.get(0)).equals(MailHeaders.lowerCase(from))) {
                return Optional.of(addresses.get(0));
            }
        }
        return Optional.empty();
    }
}
