package org.barta.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.filterchain.FilterChain;

/**
 * The Grizzly filter chains of Payara's running HTTP listeners. Payara offers no public API for them, so they are
 * reached by reflection through its service locator: Globals, GrizzlyService, each network listener's proxy, its
 * Grizzly listener, the transport's processor. On another server, or should Payara rename these internals, the
 * list is empty and callers carry on without them. Guarded by {@code PublicSiteIT} and {@code SecurityHeadersIT},
 * which expect a repeated public page to come from {@code EdgeCacheFilter} in the listener.
 */
public final class PayaraHttpListeners {

    private static final Logger LOG = Logger.getLogger(PayaraHttpListeners.class.getName());
    private static final Annotation[] NO_QUALIFIERS = {};

    private PayaraHttpListeners() {
    }

    public static List<FilterChain> filterChains() {
        try {
            Class<?> locatorType = Class.forName("org.glassfish.hk2.api.ServiceLocator");
            Class<?> serviceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService");
            Class<?> configType = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener");
            Class<?> proxyType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyProxy");
            Class<?> listenerType = Class.forName("org.glassfish.grizzly.config.GenericGrizzlyListener");
            Object locator = Class.forName("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat").invoke(null);
            Object service = locatorType.getMethod("getService", Class.class, Annotation[].class)
                    .invoke(locator, serviceType, NO_QUALIFIERS);
            Method proxyOf = serviceType.getMethod("lookupNetworkProxy", configType);
            Method listenerOf = proxyType.getMethod("getUnderlyingListener");
            Method transportOf = listenerType.getMethod("getTransport");
            List<FilterChain> chains = new ArrayList<>();
            List<?> configs = (List<?>) locatorType.getMethod("getAllServices", Class.class, Annotation[].class)
                    .invoke(locator, configType, NO_QUALIFIERS);
            for (Object config : configs) {
                Object proxy = proxyOf.invoke(service, config);
                if (!proxyType.isInstance(proxy)) {
                    continue; // a disabled listener has none
                }
                Object listener = listenerOf.invoke(proxy);
                if (listenerType.isInstance(listener)
                        && transportOf.invoke(listener) instanceof Transport transport
                        && transport.getProcessor() instanceof FilterChain chain
                        && chains.stream().noneMatch(known -> known == chain)) {
                    chains.add(chain);
                }
            }
            return chains;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException notPayara) {
            LOG.log(Level.INFO, "No Payara HTTP listener found; going without listener-level features", notPayara);
            return List.of();
        }
    }
}
