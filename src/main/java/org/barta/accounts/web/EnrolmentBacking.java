package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.barta.accounts.twofactor.Totp;
import org.barta.accounts.twofactor.TwoFactorService;
import org.barta.accounts.twofactor.TwoFactorService.SecondStep;
import org.barta.platform.BusinessException;
import org.barta.platform.web.ClientAddress;
import org.barta.platform.web.FacesMessages;

/**
 * Enrolment for an account whose role requires two-factor sign-in and that has no app yet: after its password it
 * can do nothing but scan the QR code (or type the secret), prove it with a code, note its recovery codes, and
 * only then is it signed in.
 */
@Named
@RequestScoped
public class EnrolmentBacking {

    static final String SIGN_IN_PAGE = "/two-factor-setup";

    @Inject
    PendingSignIn pending;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    SignInCompletion completion;

    @Inject
    ClientAddress clientAddress;

    private String code;

    public void requirePassword() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // Without a session there is nothing pending; asking the session-scoped bean would make one.
        if (external.getSession(false) == null || !pending.awaits(SecondStep.ENROL)) {
            external.redirect(external.getRequestContextPath() + "/login");
        }
    }

    public EnrolmentOffer getOffer() {
        return EnrolmentOffer.of(pending.username(), secret());
    }

    public List<String> getRecoveryCodes() {
        return pending.recoveryCodes();
    }

    public boolean isEnrolled() {
        return pending.recoveryCodes() != null;
    }

    public void confirm() throws IOException {
        if (!pending.awaits(SecondStep.ENROL)) {
            requirePassword();
            return;
        }
        String address = clientAddress.of(
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        try {
            pending.enrolled(twoFactor.enrol(pending.actor(address), secret(), code));
        } catch (BusinessException refusal) {
            FacesMessages.error("enrol:code", refusal);
        }
    }

    /** Signs in once the recovery codes have been shown. */
    public void finish() throws IOException {
        if (!pending.awaits(SecondStep.ENROL) || !isEnrolled()) {
            requirePassword();
            return;
        }
        completion.complete(pending.username(), pending.accountId(), pending.groups());
        pending.clear();
    }

    private byte[] secret() {
        return pending.newSecret(Totp::newSecret);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
