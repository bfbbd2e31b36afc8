package org.barta.accounts.web;

import java.io.Serializable;
import java.time.Instant;

/** What a session remembers of its sign-in, so that {@link SessionGuard} can tell when it must end. */
record SignedInSession(long accountId, int generation, Instant signedInAt) implements Serializable {

    static final String ATTRIBUTE = SignedInSession.class.getName();
}
