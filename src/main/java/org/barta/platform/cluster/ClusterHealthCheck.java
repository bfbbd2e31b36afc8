package org.barta.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows in {@code /health/ready} how many instances this one sees. Always UP: an instance whose peers died still
 * serves, and a lone instance of a cluster is what an administrator reads here, not a reason to stop traffic.
 */
@Readiness
@ApplicationScoped
public class ClusterHealthCheck implements HealthCheck {

    @Inject
    ClusterSignals cluster;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cluster")
                .withData("clustered", cluster.clustered())
                .withData("members", cluster.members())
                .up().build();
    }
}
