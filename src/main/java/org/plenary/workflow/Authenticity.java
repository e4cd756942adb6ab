package org.plenary.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenary.address.AsciiCase;
import org.plenary.intake.AuthenticationResults;
import org.plenary.intake.InboundEmail;
import org.plenary.intake.MethodResult;

/**
 * Whether a sender's address was not forged: an {@code Authentication-Results} header added by a trusted server
 * (the deployment's own MTA, named by its authserv-id) reports {@code dmarc=pass}, or {@code dkim=pass} for the
 * From domain or a parent of it. A From header alone is easy to forge; this lets a deployment that has such a
 * server rely on it. What follows from a missing pass is the {@link Trust} setting's: a refusal under
 * {@code authenticated}, a held email under {@code confirm}, nothing under {@code open}. Thread-safe.
 *
 * <p>A sender can write {@code Authentication-Results} headers of their own, naming the trusted server. A
 * receiving server prepends its own, so only the topmost headers count (the email keeps only the topmost run of
 * them, see {@link InboundEmail#authenticationResults}), and within that run only as long as the authserv-id is a
 * trusted one. A server states each method's verdict once: a method reported again lower down is the sender's
 * and does not count. {@code dkim=pass} only vouches for the domain that signed ({@code header.d}), which anyone
 * can do for a domain of their own, so it counts only when that domain is the From domain or its parent (DMARC's
 * relaxed alignment, without the public-suffix list: the parent must hold a dot).
 */
public final class Authenticity {
    /** The From line believed: for trials and for tests that are not about trust. */
    public static final Authenticity NOT_REQUIRED = new Authenticity(Trust.OPEN, List.of());

    private final Trust trust;
    private final List<String> trustedServers;

    public Authenticity(Trust trust, List<String> trustedServers) {
        this.trust = trust;
        this.trustedServers = trustedServers.stream().map(s -> AsciiCase.lower(s.trim()))
                .filter(s -> !s.isEmpty()).toList();
    }

    public Trust trust() {
        return trust;
    }

    /** Why the email must not change anything, or empty when it may: only {@code authenticated} refuses. */
    public Optional<String> refusal(InboundEmail email) {
        return trust == Trust.AUTHENTICATED ? failure(email) : Optional.empty();
    }

    /** Whether a trusted server vouches for the From address, whatever the setting. */
    public boolean passes(InboundEmail email) {
        return failure(email).isEmpty();
    }

    private Optional<String> failure(InboundEmail email) {
        String fromDomain = domainOf(email.sender());
        if (fromDomain == null) {
            return Optional.of("not authenticated: the From header does not hold exactly one address");
        }
        Set<String> reportedAbove = new HashSet<>();
        for (String header : email.authenticationResults()) {
            Optional<AuthenticationResults> results = AuthenticationResults.parse(header);
            if (results.isEmpty() || !trustedServers.contains(AsciiCase.lower(results.get().authservId()))) {
                break; // this one and all below were not written by a trusted server
            }
            List<MethodResult> counted = results.get().results().stream()
                    .filter(r -> !reportedAbove.contains(r.method())).toList();
            if (counted.stream().anyMatch(r -> vouchesFor(r, fromDomain))) {
                return Optional.empty();
            }
            counted.forEach(r -> reportedAbove.add(r.method()));
        }
        return Optional.of("not authenticated: no dmarc=pass, nor dkim=pass for " + fromDomain
                + ", from a trusted server " + trustedServers);
    }

    private static boolean vouchesFor(MethodResult result, String fromDomain) {
        if (!result.isPass()) {
            return false;
        }
        return switch (result.method()) {
            case "dmarc" -> result.property("header", "from").map(Authenticity::domainOf)
                    .map(fromDomain::equals).orElse(true);
            case "dkim" -> result.property("header", "d")
                    .or(() -> result.property("header", "i").map(Authenticity::domainOf))
                    .map(signer -> isAligned(AsciiCase.lower(signer), fromDomain)).orElse(false);
            default -> false;
        };
    }

    /** The signing domain is the From domain or a parent of it that is not a top-level domain. */
    private static boolean isAligned(String signer, String fromDomain) {
        return signer.equals(fromDomain) || signer.contains(".") && fromDomain.endsWith("." + signer);
    }

    /** The domain of an address (or of {@code @domain}, or a bare domain), ASCII lower-cased; null for none. */
    private static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        String domain = AsciiCase.lower(address.substring(address.lastIndexOf('@') + 1).strip());
        return domain.isEmpty() ? null : domain;
    }
}
