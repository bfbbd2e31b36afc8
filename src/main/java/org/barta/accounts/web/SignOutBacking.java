package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.barta.accounts.AccountService;

/** Signing out ends the session; signing out everywhere ends every session of the account as well. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    AccountService accounts;

    @Inject
    CurrentEditor editor;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    /** For a lost or seized device: its session holds the old generation and ends at its next request. */
    public void signOutEverywhere() throws ServletException, IOException {
        accounts.signOutEverywhere(editor.actor());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login");
    }
}
