package org.barta.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.barta.accounts.Actor;
import org.barta.accounts.twofactor.Totp;
import org.barta.accounts.twofactor.TwoFactorService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/**
 * Each signed-in person's own two-factor settings: authors (for whom it is optional) turn it on here, anyone turns
 * it off with a current code. A required role that turns it off is sent to enrolment again at its next sign-in.
 * The offered secret lives in the view, on the server, until a code confirms it.
 */
@Named
@ViewScoped
public class TwoFactorSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TwoFactorService twoFactor;

    @Inject
    transient CurrentEditor editor;

    private byte[] secret;
    private List<String> recoveryCodes;
    private String code;

    public boolean isEnrolled() {
        return twoFactor.isEnrolled(editor.actor().accountId());
    }

    public long getUnusedRecoveryCodes() {
        return twoFactor.unusedRecoveryCodes(editor.actor().accountId());
    }

    public EnrolmentOffer getOffer() {
        if (secret == null) {
            secret = Totp.newSecret();
        }
        return EnrolmentOffer.of(editor.actor().username(), secret);
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public void enrol() {
        try {
            recoveryCodes = twoFactor.enrol(editor.actor(), secret, code);
            secret = null;
            code = null;
        } catch (BusinessException refusal) {
            FacesMessages.error("enrol:code", refusal);
        }
    }

    public void disable() {
        Actor actor = editor.actor();
        try {
            twoFactor.disable(actor, code);
            recoveryCodes = null;
            FacesMessages.info(null, "twofactor.settings.disabled");
        } catch (BusinessException refusal) {
            FacesMessages.error("disable:code", refusal);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
