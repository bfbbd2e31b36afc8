package org.barta.accounts;

/**
 * Who is acting, as services see it: the account, its role and where the request came from (for the audit log).
 * The scheduler acts as {@link #scheduler()}.
 */
public record Actor(Long accountId, String username, Role role, String remoteAddress) {

    private static final Actor SCHEDULER = new Actor(null, "scheduler", Role.EDITOR, null);

    public static Actor scheduler() {
        return SCHEDULER;
    }

    /** Editors and administrators review, publish and archive; authors only write. */
    public boolean isEditorial() {
        return role == Role.ADMIN || role == Role.EDITOR;
    }

    public boolean owns(Long ownerAccountId) {
        return accountId != null && accountId.equals(ownerAccountId);
    }
}
