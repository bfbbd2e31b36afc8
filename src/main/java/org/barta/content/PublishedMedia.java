package org.barta.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.barta.media.MediaFile;
import org.barta.media.MediaVisibility;

/** A file is public once a published item shows it, attaches it or links it in its text. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedMedia implements MediaVisibility {

    @Inject
    ContentRepository items;

    @Override
    public boolean isPublic(MediaFile file) {
        return items.publishedItemUses(file.getId(), file.getStorageKey());
    }

    /** Whether this item uses the file, published or not: a preview of an embargoed statement shows its images. */
    public boolean usedBy(long itemId, MediaFile file) {
        return items.itemUses(itemId, file.getId(), file.getStorageKey());
    }
}
