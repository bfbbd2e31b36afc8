package org.barta.newsletter.bounce;

/** The message is not a delivery status notification or abuse report we can read; the reason says why. */
public class UnreadableReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableReportException(String reason) {
        super(reason);
    }

    public UnreadableReportException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
