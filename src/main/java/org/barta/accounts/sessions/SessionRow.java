package org.barta.accounts.sessions;

import java.io.Serializable;
import java.time.Instant;

/**
 * One active session as the session list shows it. Its key stays on the server: pages name a row by its place in
 * the list they were given, never by the key.
 */
public final class SessionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Device device;
    private final String clientAddress;
    private final Instant signedInAt;
    private final Instant lastSeenAt;
    private final boolean current;

    SessionRow(AccountSession stored, boolean current) {
        this.key = stored.id();
        this.device = stored.device();
        this.clientAddress = stored.clientAddress();
        this.signedInAt = stored.signedInAt();
        this.lastSeenAt = stored.lastSeenAt();
        this.current = current;
    }

    String key() {
        return key;
    }

    public Device getDevice() {
        return device;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    /** The session this list is being looked at from. */
    public boolean isCurrent() {
        return current;
    }
}
