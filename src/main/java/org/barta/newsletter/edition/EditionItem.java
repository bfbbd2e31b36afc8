package org.barta.newsletter.edition;

import org.barta.content.ContentKind;

/** An item as the edition editor lists it: its kind and its title in the editor's language (or the other). */
public record EditionItem(long id, ContentKind kind, String title) {
}
