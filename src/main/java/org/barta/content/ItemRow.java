package org.barta.content;

import java.io.Serializable;
import java.time.Instant;

/** One line of the admin item list. */
public record ItemRow(long id, ContentKind kind, ContentState state, String title, String languages, String author,
                      Instant updatedAt, Instant scheduledFor) implements Serializable {

    static ItemRow of(ContentItem item) {
        String title = item.translationFor(Language.EN)
                .map(ContentTranslation::getTitle).orElse("");
        StringBuilder languages = new StringBuilder();
        for (Language language : Language.values()) {
            if (item.translation(language).isPresent()) {
                languages.append(languages.isEmpty() ? "" : " ").append(language.code());
            }
        }
        String author = item.getCreatedBy() == null ? "" : item.getCreatedBy().getDisplayName();
        return new ItemRow(item.getId(), item.getKind(), item.getState(), title, languages.toString(), author,
                item.getUpdatedAt(), item.getScheduledFor());
    }
}
