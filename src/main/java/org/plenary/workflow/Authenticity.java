package org.plenary.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.intake.InboundEmail;

/**
 * An optional check that a sender's address was not forged: when required, a command changes something only
 * if an {@code Authentication-Results} header added by a trusted server (the deployment's own MTA, named by
 * its authserv-id) reports {@code dkim=pass} or {@code dmarc=pass}. A From header alone is easy to forge; this
 * lets a deployment that has such a server rely on it. Off by default. Thread-safe.
 */
public final class Authenticity {
    public static final Authenticity NOT_REQUIRED = new Authenticity(false, List.of());

    private final boolean required;
    private final List<String> trustedServers;

    public Authenticity(boolean required, List<String> trustedServers) {
        this.required = required;
        this.trustedServers = trustedServers.stream().map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Why the email must not change anything, or empty when it may. */
    public Optional<String> refusal(InboundEmail email) {
        if (!required) {
            return Optional.empty();
        }
        for (String header : email.authenticationResults()) {
            String value = header.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ");
            String server = value.split(";", 2)[0].trim().split("\\s+")[0];
            if (trustedServers.contains(server) && value.matches("(?s).*\\b(dkim|dmarc)\\s*=\\s*pass\\b.*")) {
                return Optional.empty();
            }
        }
        return Optional.of("not authenticated: no dkim=pass or dmarc=pass from a trusted server " + trustedServers);
    }
}
