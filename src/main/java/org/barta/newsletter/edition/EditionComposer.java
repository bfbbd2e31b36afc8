package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.barta.content.ContentItem;
import org.barta.content.ContentKind;
import org.barta.content.ContentState;
import org.barta.content.Language;
import org.barta.newsletter.compose.EditionEntry;
import org.barta.newsletter.compose.EditionSection;
import org.barta.newsletter.compose.EditionView;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.LocalizedDates;
import org.barta.publicweb.SitePaths;

/**
 * Turns an edition and its items into what one language's readers get: items grouped by kind in the editors'
 * order, each in the reader's language or, where it has no translation, in the other one. Items withdrawn from
 * the site since they were picked are left out.
 */
@ApplicationScoped
public class EditionComposer {

    @Inject
    EditionRepository editions;

    @Inject
    SitePaths paths;

    @Inject
    LocalizedDates dates;

    @Inject
    NewsletterSettings settings;

    public EditionView view(Edition edition, Language language) {
        ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE, language.locale());
        Map<ContentKind, List<EditionEntry>> byKind = new EnumMap<>(ContentKind.class);
        for (ContentItem item : editions.items(editions.itemIds(edition.getId()))) {
            if (item.getState() != ContentState.PUBLISHED) {
                continue;
            }
            item.translationFor(language).ifPresent(t -> byKind.computeIfAbsent(item.getKind(), k -> new ArrayList<>())
                    .add(new EditionEntry(t.getTitle(), t.getSummary() == null ? "" : t.getSummary(),
                            paths.absolute(paths.item(t)), dates.format(item.getPublishedAt(), language))));
        }
        List<EditionSection> sections = new ArrayList<>();
        byKind.forEach((kind, entries) -> sections.add(new EditionSection(msg.getString("nav." + kind), entries)));
        return new EditionView(language, edition.getNumber(), edition.getMonth(), edition.subject(language),
                edition.intro(language) == null ? "" : edition.intro(language), sections,
                settings.organisationName(), settings.organisationAddress(), paths.absolute("/"),
                edition.getNumber() == null ? null
                        : paths.absolute("/" + language.code() + "/newsletter/" + edition.getNumber()));
    }
}
