package org.barta.newsletter.edition;

/** The monthly series (drafted on the 25th, one per month) or an extra edition for any audience at any time. */
public enum EditionSeries {
    MONTHLY,
    EXTRA
}
