package org.barta.accounts.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barta.accounts.sessions.AccountSessions;

/**
 * A signed-in session that ends, however (sign-out, the idle timeout, invalidated by {@link SessionGuard}), leaves
 * the session list. Should this fail, the row is no longer listed once idle past the timeout and is deleted at a
 * later sign-in.
 */
@WebListener
public class SessionEnd implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SessionEnd.class.getName());

    @Inject
    AccountSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession signedIn) {
            try {
                sessions.ended(signedIn.key());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The ended session of account " + signedIn.accountId()
                        + " stays in the session list until it is cleared", e);
            }
        }
    }
}
