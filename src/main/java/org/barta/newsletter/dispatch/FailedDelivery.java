package org.barta.newsletter.dispatch;

/** A recipient the edition could not be delivered to, and why. */
public record FailedDelivery(String email, int attempts, String reason) {
}
