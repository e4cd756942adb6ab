package org.plenary.app;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.DelegateEndpoint;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.mail.MailEndpoint;
import org.plenary.PlenaryException;
import org.plenary.mailbox.PollScheduler;
import org.plenary.mailbox.SeenOnceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound route of each group (PRODUCT.md 3.8), made from the {@code inbound-mail} template of
 * {@code routes/inbound.camel.yaml}: route {@code inbound-mail-{group id}} reads the group's mailbox
 * ({@code PLENARY_IMAP_URL_{ID}}, or {@code PLENARY_IMAP_URL} for a lone group) with its credentials bound as beans of
 * that group, through the {@link Cluster} when there is one. Thread-safe.
 */
final class GroupRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(GroupRoutes.class);

    private final CamelContext camel;
    private final Cluster cluster;
    private final Settings settings;
    private final Pace pace;
    private final Duration idleRenew;
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    /** @param idleRenew how often an IMAP IDLE is renewed, or null when PLENARY_IMAP_IDLE is off */
    GroupRoutes(CamelContext camel, Cluster cluster, Settings settings, Pace pace, Duration idleRenew) {
        this.camel = camel;
        this.cluster = cluster;
        this.settings = settings;
        this.pace = pace;
        this.idleRenew = idleRenew;
    }

    static String routeId(String groupId) {
        return "inbound-mail-" + groupId;
    }

    /** Starts the inbound route of the group; {@code onlyGroup}: PLENARY_IMAP_URL may name its mailbox. */
    void start(ServedGroup group, boolean onlyGroup) {
        String id = group.id();
        String beans = "plenary_" + id.replace('-', '_');
        MailUrls.MailEndpoint imap = MailUrls.imap(settings.mailbox(id, onlyGroup), SeenOnceStore.OPTIONS,
                beans + "_imap");
        imap.credentials().forEach(camel.getRegistry()::bind);
        camel.getRegistry().bind(beans + "_inboundMail", group.inbound());
        // One scheduler per route: it drives one consumer (with a cluster, each consumer this instance makes while
        // it holds the mailbox) and is what IMAP IDLE wakes.
        PollScheduler polls = new PollScheduler();
        camel.getRegistry().bind(beans + "_polls", polls);
        camel.getRegistry().bind(beans + "_keys", group.prefetch());
        try {
            TemplatedRouteBuilder.builder(camel, "inbound-mail").routeId(routeId(id))
                    .parameter("mailbox", cluster.endpoint(Cluster.mailbox(id), imap.uri()))
                    .parameter("inboundMail", beans + "_inboundMail")
                    .parameter("polls", beans + "_polls")
                    .parameter("keys", beans + "_keys")
                    .add();
            // Camel starts no route by itself (Plenary starts them once the store is open), not even one added later.
            camel.getRouteController().startRoute(routeId(id));
            if (idleRenew != null) {
                pace.watch(id, mailbox(camel.getRoute(routeId(id)).getEndpoint()).getConfiguration(), polls, idleRenew);
            }
        } catch (Exception e) {
            throw new PlenaryException("the mailbox route of group " + id + " could not start: " + e.getMessage(), e);
        }
        started.add(id);
        LOG.info("group {}: reading its mailbox{}", id, cluster.isClustered() ? " whenever this instance holds it" : "");
    }

    /** The mail endpoint of a mailbox route, inside its master: endpoint when there is a cluster. */
    private static MailEndpoint mailbox(Endpoint endpoint) {
        Endpoint inner = endpoint instanceof DelegateEndpoint wrapped ? wrapped.getEndpoint() : endpoint;
        if (!(inner instanceof MailEndpoint mail)) {
            throw new IllegalStateException("the mailbox route reads " + inner.getEndpointUri() + ", not a mailbox");
        }
        return mail;
    }

    /** The groups whose mailbox this instance reads now (all of them, without a cluster). */
    List<String> held(List<String> ids) {
        return ids.stream().filter(started::contains).filter(id -> cluster.holds(Cluster.mailbox(id))).toList();
    }
}
