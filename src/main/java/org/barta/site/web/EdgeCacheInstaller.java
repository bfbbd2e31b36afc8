package org.barta.site.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.barta.platform.web.PayaraHttpListeners;
import org.barta.platform.web.TransportSecurity;
import org.barta.site.PageCache;
import org.barta.site.PageRequestMetrics;
import org.barta.site.redirect.RedirectIndex;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.server.FileCacheFilter;

/**
 * Puts {@link EdgeCacheFilter} into each of Payara's HTTP listeners in place of Grizzly's static file cache filter
 * (which it then calls for everything it does not answer), after HTTP parsing and before the container; puts the
 * file cache back when the application stops. The chains are changed while the application starts, before it
 * serves its first page.
 */
@WebListener
public class EdgeCacheInstaller implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(EdgeCacheInstaller.class.getName());

    @Inject
    PageCache cache;

    @Inject
    TransportSecurity transport;

    @Inject
    PageRequestMetrics requests;

    @Inject
    RedirectIndex redirects;

    private final List<FilterChain> installedIn = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!cache.answersAtEdge()) {
            return;
        }
        for (FilterChain chain : PayaraHttpListeners.filterChains()) {
            int fileCache = chain.indexOfType(FileCacheFilter.class);
            if (fileCache >= 0) {
                chain.set(fileCache, new EdgeCacheFilter(cache, redirects, transport.isHttps(), requests.servedAtEdge(),
                        chain.get(fileCache)));
                installedIn.add(chain);
            }
        }
        LOG.info(() -> "Cached public pages are answered in " + installedIn.size()
                + " HTTP listener(s) before the servlet container");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (FilterChain chain : installedIn) {
            int edge = chain.indexOfType(EdgeCacheFilter.class);
            if (edge >= 0) {
                chain.set(edge, ((EdgeCacheFilter) chain.get(edge)).replaced());
            }
        }
        installedIn.clear();
    }
}
