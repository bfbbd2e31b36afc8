package org.barta.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends a view with a 404, shown by the error page web.xml maps (the theme's on the public site). In the newsroom it
 * answers alike for a missing item and one that is not the actor's to see, so nobody learns that the latter exists.
 */
public final class NotFound {

    private NotFound() {
    }

    public static void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
