package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryException;

/**
 * How the settings choose the coordination of instances. ZooKeeper runs for real in FailoverTest; Kubernetes Leases
 * cannot run here (no API server), so only their wiring is checked.
 */
class ClusterTest {
    private static Settings settings(Map<String, String> values) {
        return Settings.from(Map.of(), new Properties()).with(values);
    }

    @Test
    void withoutClusterSettingsThisInstanceHoldsEverythingAndEndpointsStayAsTheyAre() {
        Cluster none = Cluster.from(settings(Map.of()));
        assertThat(none.isClustered()).isFalse();
        assertThat(none.endpoint(Cluster.mailbox("ssr2"), "imap://host/INBOX")).isEqualTo("imap://host/INBOX");
        assertThat(none.holds(Cluster.mailbox("ssr2"))).isTrue();
    }

    @Test
    void kubernetesWrapsEachMailboxInAMasterEndpointOfItsOwn() {
        Cluster kubernetes = Cluster.from(settings(Map.of("plenary.cluster", "kubernetes")));
        assertThat(kubernetes.isClustered()).isTrue();
        assertThat(kubernetes.endpoint(Cluster.mailbox("ssr2"), "imap://host/INBOX"))
                .isEqualTo("master:plenary-mailbox-ssr2:imap://host/INBOX");
        assertThat(kubernetes.endpoint(Cluster.SENDER, "timer:outbox")).isEqualTo("master:plenary-sender:timer:outbox");
    }

    @Test
    void anUnknownClusterKindIsRefused() {
        assertThatThrownBy(() -> Cluster.from(settings(Map.of("plenary.cluster", "consul"))))
                .isInstanceOf(PlenaryException.class).hasMessageContaining("PLENARY_CLUSTER");
    }
}
