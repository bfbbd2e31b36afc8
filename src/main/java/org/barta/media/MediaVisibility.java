package org.barta.media;

/**
 * Whether a stored file may be served to everyone. A photo or PDF uploaded for a draft or an embargoed statement
 * must not leak before the statement is out, so only files used by a published item are public; the rest are for
 * signed-in staff. Content decides what is published, so content implements this (media must not depend on it).
 */
public interface MediaVisibility {

    boolean isPublic(MediaFile file);
}
