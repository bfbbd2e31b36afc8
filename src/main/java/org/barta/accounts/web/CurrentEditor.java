package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.platform.web.ClientAddress;

/** The signed-in editor for this request: the {@link Actor} services need, and the admin UI language. */
@Named
@RequestScoped
public class CurrentEditor {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            account = principal == null ? Optional.empty() : accounts.byUsername(principal.getName());
        }
        return account;
    }

    public Actor actor() {
        Account signedIn = account().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        return new Actor(signedIn.getId(), signedIn.getUsername(), signedIn.getRole(), clientAddress.of(request));
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public boolean isAdmin() {
        return account().map(a -> a.getRole() == Role.ADMIN).orElse(false);
    }

    public boolean isEditorial() {
        return account().map(a -> a.getRole() != Role.AUTHOR).orElse(false);
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    public Role getRole() {
        return account().map(Account::getRole).orElse(null);
    }

    /** The editor's chosen language; before sign-in, the browser's. */
    public Locale getLocale() {
        return account().map(a -> Locale.forLanguageTag(a.getPreferredLanguage()))
                .orElseGet(() -> FacesContext.getCurrentInstance().getApplication().getViewHandler()
                        .calculateLocale(FacesContext.getCurrentInstance()));
    }

    public void switchLanguage(String code) throws IOException {
        account().ifPresent(a -> accounts.setPreferredLanguage(a.getId(), code));
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }
}
