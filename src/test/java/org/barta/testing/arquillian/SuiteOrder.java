package org.barta.testing.arquillian;

import java.util.Comparator;
import org.barta.testing.OwnServers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order in which the shared server starts once and stops once: classes run in the server first (their
 * deployment brings Arquillian's runner), then classes that only deploy and run as clients, then classes with
 * {@link OwnServers}. By name within each group, so a run's order is the same on every machine.
 */
public class SuiteOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(SuiteOrder::group)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int group(ClassDescriptor descriptor) {
        if (descriptor.isAnnotated(OwnServers.class)) {
            return 2;
        }
        return SuiteDeployment.deploymentMethod(descriptor.getTestClass())
                .map(method -> method.getAnnotation(Deployment.class).testable() ? 0 : 1)
                .orElse(1);
    }
}
