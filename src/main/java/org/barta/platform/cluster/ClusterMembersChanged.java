package org.barta.platform.cluster;

/**
 * An instance joined or left the cluster, as this instance sees it. Signals sent while an instance was cut off
 * never reach it, so what it remembers of shared state may be stale: observers forget it.
 */
public record ClusterMembersChanged(int members) {
}
