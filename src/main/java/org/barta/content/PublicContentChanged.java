package org.barta.content;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fired (after the transaction commits) whenever something the public can see changed: an item published,
 * unpublished, archived, or edited while published. Caches of public pages listen for it: {@code tagIds} are the
 * tags the item has or had in this change, through which it enters or leaves other items' related lists.
 */
public record PublicContentChanged(long itemId, ContentKind kind, Set<Long> tagIds) {

    public PublicContentChanged {
        tagIds = Set.copyOf(tagIds);
    }

    /** The item as it stands now. */
    static PublicContentChanged of(ContentItem item) {
        return of(item, List.of());
    }

    /** The item as it stands now, and tags it had before this change. */
    static PublicContentChanged of(ContentItem item, Collection<Long> formerTagIds) {
        Set<Long> tags = new HashSet<>(formerTagIds);
        item.getTags().forEach(tag -> tags.add(tag.getId()));
        return new PublicContentChanged(item.getId(), item.getKind(), tags);
    }
}
