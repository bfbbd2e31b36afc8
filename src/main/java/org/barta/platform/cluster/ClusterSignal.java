package org.barta.platform.cluster;

/** A signal another instance of the cluster sent through {@link ClusterSignals#send}, fired here as a CDI event. */
public record ClusterSignal(String name) {
}
