package org.barta.site;

/**
 * What this instance keeps of the public pages may no longer be what the public should see: a change committed
 * here or on another instance of the cluster, or a change of the cluster's members. Fired by
 * {@link PublicPagesInvalidation}.
 */
public record PublicPagesStale(String cause) {
}
