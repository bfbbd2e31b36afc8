package org.barta.media;

import java.util.Map;

/**
 * A reason, other than being staff, for which one request may fetch a file that is not public yet: a journalist's
 * preview link to an embargoed statement shows its images. Features that issue such links implement this; media
 * asks every implementation and knows none of them.
 */
public interface MediaGrant {

    /** Whether the request with these query parameters may fetch this file. Must not record anything. */
    boolean grants(MediaFile file, Map<String, String[]> parameters);
}
