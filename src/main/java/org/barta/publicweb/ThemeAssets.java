package org.barta.publicweb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.Resource;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Addresses of a theme's files for its template, as {@code #{assets['css/site.css']}} or
 * {@code #{assets['fonts:bengali.css']}} (library, colon, name), the same addresses {@code #{resource[...]}} gives.
 * Faces looks a resource up again on every page, and each lookup fails a message-bundle read with an exception
 * (its locale prefix); the address only depends on the resource and the view's contracts (the theme), so each is
 * looked up once per theme while the application runs.
 */
@Named("assets")
@ApplicationScoped
public class ThemeAssets extends AbstractMap<String, String> {

    /** What {@code #{resource[...]}} writes for a file that is not there. */
    static final String NOT_FOUND = "RES_NOT_FOUND";
    private static final Logger LOG = Logger.getLogger(ThemeAssets.class.getName());

    private final Map<String, String> addresses = new ConcurrentHashMap<>();

    @Override
    public String get(Object reference) {
        FacesContext context = FacesContext.getCurrentInstance();
        String key = String.join(",", context.getResourceLibraryContracts()) + "|" + reference;
        return addresses.computeIfAbsent(key, ignored -> lookUp(context, String.valueOf(reference)));
    }

    private static String lookUp(FacesContext context, String reference) {
        int colon = reference.indexOf(':');
        String library = colon < 0 ? null : reference.substring(0, colon);
        String name = reference.substring(colon + 1);
        Resource resource = context.getApplication().getResourceHandler().createResource(name, library);
        if (resource == null) {
            LOG.warning(() -> "The theme has no file " + reference);
            return NOT_FOUND;
        }
        return resource.getRequestPath();
    }

    /** The addresses looked up so far. */
    @Override
    public Set<Entry<String, String>> entrySet() {
        return Collections.unmodifiableMap(addresses).entrySet();
    }
}
