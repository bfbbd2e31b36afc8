package org.barta.newsletter.bounce;

import java.util.List;
import org.barta.newsletter.SignedLink;

/**
 * A delivery status notification or abuse report, read.
 *
 * @param key identifies the report (its Message-ID, or its bytes when it has none): a report applied twice
 *            counts once
 * @param messageId the report's own Message-ID, when it has one
 * @param returnAddresses addresses that may be our VERP envelope sender: where the bounce was delivered, the
 *                        complained-about mail's Return-Path
 * @param unsubscribeLinks signed subscriber links found in the complained-about mail's List-Unsubscribe
 * @param recipients what happened to each recipient that calls for action (delivered, relayed and expanded
 *                   recipients and non-abuse feedback are left out)
 */
public record BounceReport(String key, String messageId, ReportType type, List<String> returnAddresses,
                           List<SignedLink> unsubscribeLinks, List<RecipientReport> recipients) {

    public BounceReport {
        returnAddresses = List.copyOf(returnAddresses);
        unsubscribeLinks = List.copyOf(unsubscribeLinks);
        recipients = List.copyOf(recipients);
    }
}
