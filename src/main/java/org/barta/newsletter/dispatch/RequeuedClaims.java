package org.barta.newsletter.dispatch;

/** Expired claims taken back: rows queued again, and of them the rows marked uncertain (they may have been sent). */
public record RequeuedClaims(int queued, int uncertain) {
}
