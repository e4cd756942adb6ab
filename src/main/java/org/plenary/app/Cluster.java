package org.plenary.app;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.apache.camel.component.zookeeper.ZooKeeperCuratorConfiguration;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.plenary.PlenaryException;

/**
 * How the instances of one deployment share the work (PRODUCT.md 3.8): through Camel's cluster service, over
 * ZooKeeper ({@code PLENARY_CLUSTER_ZOOKEEPER=host:port}) or Kubernetes Leases ({@code PLENARY_CLUSTER=kubernetes}).
 * With ZooKeeper, the elections live under {@code /plenary}, or under the path the setting ends with
 * ({@code zk1:2181,zk2:2181/plenary-a}), so that deployments sharing one ZooKeeper stay apart.
 * A route whose {@code from} is wrapped by {@link #endpoint} runs on one instance at a time, the holder of its
 * namespace; another takes it over when the holder's session (ZooKeeper) or lease (Kubernetes) lapses, after
 * {@code PLENARY_CLUSTER_TIMEOUT}. Without either setting there is no cluster: this one instance holds everything
 * and the endpoints are left as they are. Thread-safe once started.
 */
public final class Cluster {
    /** The namespace of one group's mailbox. */
    static String mailbox(String groupId) {
        return "plenary-mailbox-" + groupId;
    }

    /** The namespace of the outbox and the schedules: one instance sends, and queues what is due. */
    static final String SENDER = "plenary-sender";

    private final CamelClusterService service;

    private Cluster(CamelClusterService service) {
        this.service = service;
    }

    static Cluster from(Settings settings) {
        String zookeeper = settings.get("plenary.cluster.zookeeper");
        String kind = settings.get("plenary.cluster");
        Duration timeout = settings.duration("plenary.cluster.timeout");
        if (zookeeper != null && !zookeeper.isBlank()) {
            // host:port[,host:port…][/path]: the path, if any, keeps deployments that share a ZooKeeper apart.
            int path = zookeeper.indexOf('/');
            ZooKeeperCuratorConfiguration configuration = new ZooKeeperCuratorConfiguration();
            configuration.setNodes(path < 0 ? zookeeper : zookeeper.substring(0, path));
            configuration.setBasePath(path < 0 || path == zookeeper.length() - 1 ? "/plenary" : zookeeper.substring(path));
            configuration.setSessionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            configuration.setConnectionTimeout(Math.min(timeout.toMillis(), 15_000), TimeUnit.MILLISECONDS);
            ZooKeeperClusterService zk = new ZooKeeperClusterService(configuration);
            zk.setId("plenary-" + ProcessHandle.current().pid() + "@" + hostName());
            return new Cluster(zk);
        }
        if ("kubernetes".equalsIgnoreCase(kind)) {
            // In a pod: the API server, namespace and pod name come from the service account and the environment.
            KubernetesClusterService kubernetes = new KubernetesClusterService();
            kubernetes.setId(hostName());
            kubernetes.setLeaseResourceType(LeaseResourceType.Lease);
            kubernetes.setKubernetesResourceName("plenary");
            kubernetes.setLeaseDurationMillis(timeout.toMillis());
            kubernetes.setRenewDeadlineMillis(timeout.toMillis() * 2 / 3);
            kubernetes.setRetryPeriodMillis(Math.max(1000, timeout.toMillis() / 5));
            return new Cluster(kubernetes);
        }
        if (kind != null && !kind.isBlank()) {
            throw new PlenaryException("PLENARY_CLUSTER must be kubernetes (or set PLENARY_CLUSTER_ZOOKEEPER), not '" + kind + "'");
        }
        return new Cluster(null);
    }

    /** The cluster service, null without a cluster. */
    CamelClusterService service() {
        return service;
    }

    boolean isClustered() {
        return service != null;
    }

    /** Registers the cluster service with the context, before its routes start. */
    void install(CamelContext camel) {
        if (service != null) {
            try {
                camel.addService(service, true, true);
            } catch (Exception e) {
                throw new PlenaryException("cannot start the cluster service: " + e.getMessage(), e);
            }
        }
    }

    /** The endpoint that consumes {@code uri} only while this instance holds {@code namespace}. */
    String endpoint(String namespace, String uri) {
        return service == null ? uri : "master:" + namespace + ":" + uri;
    }

    /** True while this instance holds the namespace (always, without a cluster). */
    boolean holds(String namespace) {
        return service == null || service.isLeader(namespace);
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
