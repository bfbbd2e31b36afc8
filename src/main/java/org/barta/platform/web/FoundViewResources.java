package org.barta.platform.web;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers where each Facelets file was found, per theme (resource library contract). Mojarra looks a view's
 * file, its template and each include up again on every request, and each lookup first asks the message bundle
 * for a {@code jakarta.faces.resource.localePrefix} that Barta does not set: a {@code MissingResourceException}
 * with its stack trace every time, seven per home page (3.8 % of that page's CPU, bench/README.md "Uncached
 * pages"). Setting the key instead would make Mojarra look for a localized copy of every file first and never
 * cache what it then finds. Only in production, where the files cannot change, and only files that exist, so
 * addresses made up by a client fill nothing. Registered in faces-config.xml; every public and admin page goes
 * through it (PublicSiteIT, EditorialJourneyIT).
 */
public class FoundViewResources extends ResourceHandlerWrapper {

    private final ConcurrentMap<Key, ViewResource> found = new ConcurrentHashMap<>();

    private record Key(List<String> contracts, String name) {
    }

    /** A file already found: only its address is kept. */
    private static final class Found extends ViewResource {
        private final URL url;

        Found(URL url) {
            this.url = url;
        }

        @Override
        public URL getURL() {
            return url;
        }
    }

    public FoundViewResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (!context.isProjectStage(ProjectStage.Production)) {
            return super.createViewResource(context, resourceName);
        }
        List<String> contracts = context.getResourceLibraryContracts();
        Key key = new Key(contracts == null ? List.of() : List.copyOf(contracts), resourceName);
        ViewResource known = found.get(key);
        if (known != null) {
            return known;
        }
        ViewResource resource = super.createViewResource(context, resourceName);
        URL url = resource == null ? null : resource.getURL();
        if (url == null) {
            return resource;
        }
        return found.computeIfAbsent(key, k -> new Found(url));
    }
}
