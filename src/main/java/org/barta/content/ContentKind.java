package org.barta.content;

/** The kinds of item the media unit publishes; each has its own listing on the site. */
public enum ContentKind {
    PRESS_STATEMENT("press-statements"),
    EDITORIAL("editorials"),
    EVENT_REPORT("events"),
    NETWORK_PAGE("networks"),
    UNIT_PAGE("units"),
    REPORT("reports"),
    PAGE("");

    private final String pathSegment;

    ContentKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The URL segment of this kind's listing ({@code /en/press-statements/}); empty for plain pages. */
    public String pathSegment() {
        return pathSegment;
    }
}
