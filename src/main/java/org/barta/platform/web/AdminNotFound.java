package org.barta.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends an admin view with a plain 404: used where an item is missing or not the actor's to see, so both answers
 * look the same and nobody learns that an item they may not read exists.
 */
public final class AdminNotFound {

    private AdminNotFound() {
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
