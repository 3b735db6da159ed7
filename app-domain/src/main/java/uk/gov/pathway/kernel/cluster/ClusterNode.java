package uk.gov.pathway.kernel.cluster;

import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This server as one node of a cluster (README "Cluster"): its name, and how long another node waits before it takes
 * over what a silent node was doing (a timer in timeout, an e-mail being handed to the mail server, an import).
 */
public final class ClusterNode {

    /** Seconds without a sign from a node before another takes over its work; default 120. */
    public static final String TAKEOVER_AFTER = "pathway.cluster.takeover-after-seconds";
    public static final int DEFAULT_TAKEOVER_AFTER_SECONDS = 120;

    private ClusterNode() {
    }

    /** This server's node name (-Djboss.node.name; WildFly's default is the host name), as the timer store writes it. */
    public static String name() {
        String name = System.getProperty("jboss.node.name");
        return name == null ? "" : name;
    }

    /** {@code pathway.cluster.takeover-after-seconds} (MicroProfile Config), at least 1. */
    public static Duration takeoverAfter() {
        int seconds = ConfigProvider.getConfig().getOptionalValue(TAKEOVER_AFTER, Integer.class)
                .orElse(DEFAULT_TAKEOVER_AFTER_SECONDS);
        if (seconds < 1) {
            throw new IllegalArgumentException(TAKEOVER_AFTER + " must be at least 1; got " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}
