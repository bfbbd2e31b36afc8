package org.barta.media;

import java.util.Set;

/** A stored upload and the kinds of metadata taken out of it before it was stored. */
public record UploadResult(MediaFile file, Set<RemovedMetadata> removed) {

    public UploadResult {
        removed = Set.copyOf(removed);
    }
}
