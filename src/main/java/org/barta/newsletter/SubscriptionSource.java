package org.barta.newsletter;

/** How an address came onto the list. */
public enum SubscriptionSource {
    FORM, IMPORT, ADMIN
}
