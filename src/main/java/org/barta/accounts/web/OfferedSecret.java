package org.barta.accounts.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import org.barta.accounts.twofactor.Totp;

/**
 * The secret the two-factor settings page offers a signed-in person, kept for the session (not the view) until a
 * code confirms it: someone sent to confirm their identity before enrolling comes back to the QR code they scanned.
 */
@SessionScoped
public class OfferedSecret implements Serializable {

    private static final long serialVersionUID = 1L;

    private byte[] secret;

    public synchronized byte[] secret() {
        if (secret == null) {
            secret = Totp.newSecret();
        }
        return secret.clone();
    }

    public synchronized void clear() {
        secret = null;
    }
}
