package org.barta.newsletter.compose;

import java.util.List;

/** One section of an edition, one per content kind, with its heading in the edition's language. */
public record EditionSection(String heading, List<EditionEntry> entries) {

    public EditionSection {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
