package org.barta.accounts.web;

import org.barta.accounts.twofactor.Totp;
import org.barta.platform.web.FacesMessages;

/**
 * What an enrolment page shows for a new secret: the QR code, and the key in groups of four for typing into an app
 * that cannot scan. A class with getters, not a record: Jakarta EL 5 does not read record components.
 */
public final class EnrolmentOffer {

    private static final String ISSUER = "Barta";

    private final String qrSvg;
    private final String secretText;

    private EnrolmentOffer(String qrSvg, String secretText) {
        this.qrSvg = qrSvg;
        this.secretText = secretText;
    }

    static EnrolmentOffer of(String username, byte[] secret) {
        return new EnrolmentOffer(QrSvg.of(Totp.uri(ISSUER, username, secret), FacesMessages.text("twofactor.qrTitle")),
                String.join(" ", Totp.base32(secret).split("(?<=\\G.{4})")));
    }

    public String getQrSvg() {
        return qrSvg;
    }

    public String getSecretText() {
        return secretText;
    }
}
