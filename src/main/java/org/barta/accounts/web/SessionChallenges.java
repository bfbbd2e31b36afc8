package org.barta.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.barta.accounts.webauthn.Challenges;

/** The security-key challenges of one browser session, kept in its HTTP session so that they are bound to it. */
final class SessionChallenges {

    private SessionChallenges() {
    }

    static Challenges of(HttpSession session) {
        if (session.getAttribute(Challenges.ATTRIBUTE) instanceof Challenges held) {
            return held;
        }
        Challenges fresh = new Challenges();
        session.setAttribute(Challenges.ATTRIBUTE, fresh);
        return fresh;
    }
}
