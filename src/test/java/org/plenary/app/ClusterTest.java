package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
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
    void aPathAfterTheZooKeeperServersKeepsADeploymentApart() {
        ZooKeeperClusterService shared = (ZooKeeperClusterService) Cluster.from(settings(Map.of(
                "plenary.cluster.zookeeper", "zk1:2181,zk2:2181/plenary-a"))).service();
        assertThat(shared.getConfiguration().getNodes()).containsExactly("zk1:2181", "zk2:2181");
        assertThat(shared.getConfiguration().getBasePath()).isEqualTo("/plenary-a");
        ZooKeeperClusterService plain = (ZooKeeperClusterService) Cluster.from(settings(Map.of(
                "plenary.cluster.zookeeper", "127.0.0.1:2181"))).service();
        assertThat(plain.getConfiguration().getBasePath()).isEqualTo("/plenary");
    }

    @Test
    void anUnknownClusterKindIsRefused() {
        assertThatThrownBy(() -> Cluster.from(settings(Map.of("plenary.cluster", "consul"))))
                .isInstanceOf(PlenaryException.class).hasMessageContaining("PLENARY_CLUSTER");
    }
}
