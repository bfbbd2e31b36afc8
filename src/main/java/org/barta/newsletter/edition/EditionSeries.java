package org.barta.newsletter.edition;

/**
 * The monthly series (drafted on the 25th, one per month), an extra edition for any audience at any time, or a
 * press release: one statement mailed at its publication or as an embargoed advance copy.
 */
public enum EditionSeries {
    MONTHLY,
    EXTRA,
    RELEASE
}
