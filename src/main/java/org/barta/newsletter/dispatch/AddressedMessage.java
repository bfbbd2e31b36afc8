package org.barta.newsletter.dispatch;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * One subscriber's written message with its envelope: the single recipient, and the per-recipient bounce address
 * (VERP) to send it from, or null when none is configured and the relay takes From.
 */
public record AddressedMessage(MimeMessage message, InternetAddress to, String envelopeSender) {
}
