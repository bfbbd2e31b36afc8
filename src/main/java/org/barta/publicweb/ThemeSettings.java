package org.barta.publicweb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which theme under {@code webapp-themes/} renders the public site. Themes are Faces resource library
 * contracts, so a new theme is a new folder and this setting, with no Java change.
 */
@Named("theme")
@ApplicationScoped
public class ThemeSettings {

    @Inject
    @ConfigProperty(name = "barta.theme", defaultValue = "default")
    String active;

    public String getActive() {
        return active;
    }
}
