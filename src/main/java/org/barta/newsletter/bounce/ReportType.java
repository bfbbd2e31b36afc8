package org.barta.newsletter.bounce;

/** The two kinds of {@code multipart/report} we read. */
public enum ReportType {
    /** A delivery status notification, RFC 3464 ({@code report-type=delivery-status}). */
    DELIVERY_STATUS,
    /** An abuse report in the Abuse Reporting Format, RFC 5965 ({@code report-type=feedback-report}). */
    FEEDBACK
}
