package org.barta.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.barta.accounts.Actor;
import org.barta.accounts.IdentityConfirmation;
import org.barta.accounts.twofactor.TwoFactorService;
import org.barta.accounts.webauthn.SecurityKeyService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/**
 * Each signed-in person's own two-factor settings: authors (for whom it is optional) turn it on here, anyone turns
 * it off or gets new recovery codes. Turning it on and new codes need the identity proven recently
 * ({@link Reauthentication}), turning it off a code typed with it: a stolen session could otherwise put its own app
 * on the account, or take the owner's off. A required role that turns
 * it off is sent to enrolment again at its next sign-in. The offered secret stays the same for the whole session
 * until a code confirms it, so someone sent to confirm their identity first comes back to the QR code they scanned.
 */
@Named
@ViewScoped
public class TwoFactorSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TwoFactorService twoFactor;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient Reauthentication reauthentication;

    @Inject
    transient IdentityConfirmation identity;

    @Inject
    transient OfferedSecret offered;

    @Inject
    transient SecurityKeyService securityKeys;

    private List<String> recoveryCodes;
    private String code;

    public boolean isEnrolled() {
        return twoFactor.isEnrolled(editor.actor().accountId());
    }

    public long getUnusedRecoveryCodes() {
        return twoFactor.unusedRecoveryCodes(editor.actor().accountId());
    }

    public EnrolmentOffer getOffer() {
        return EnrolmentOffer.of(editor.actor().username(), offered.secret());
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public void enrol() {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            recoveryCodes = twoFactor.enrol(editor.actor(), offered.secret(), code);
            offered.clear();
            code = null;
        } catch (BusinessException refusal) {
            FacesMessages.error("enrol:code", refusal);
        }
    }

    /**
     * The most dangerous change of all asks for a code right now, however recent the last proof: checked as on
     * {@code /admin/confirm-identity} (once per code, under the sign-in throttle, audited), and counted as a proof.
     */
    public void disable() {
        Actor actor = editor.actor();
        switch (identity.confirm(actor, code)) {
            case THROTTLED -> FacesMessages.error(null, "login.throttled");
            case REFUSED -> FacesMessages.error(null, "twofactor.wrongCode");
            case CONFIRMED -> {
                reauthentication.provenNow();
                twoFactor.disable(actor);
                recoveryCodes = null;
                FacesMessages.info(null, securityKeys.hasKeys(actor.accountId()) ? "twofactor.settings.appRemoved"
                        : "twofactor.settings.disabled");
            }
        }
        code = null;
    }

    public void regenerateRecoveryCodes() {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            recoveryCodes = twoFactor.regenerateRecoveryCodes(editor.actor());
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
