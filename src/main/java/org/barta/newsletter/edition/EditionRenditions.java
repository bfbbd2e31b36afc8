package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.barta.content.Language;
import org.barta.newsletter.compose.EditionRenderer;
import org.barta.newsletter.compose.RenderedEdition;

/**
 * Each sending edition is rendered (template, CSS inlining) once per language and instance; recipients only get
 * their personal links filled in. An edition cannot change once it is sending, so the copy never goes stale.
 */
@ApplicationScoped
public class EditionRenditions {

    private final Map<String, RenderedEdition> rendered = new ConcurrentHashMap<>();

    @Inject
    EditionRepository editions;

    @Inject
    EditionComposer composer;

    @Inject
    ReleaseComposer releases;

    @Inject
    EditionRenderer renderer;

    @Transactional(Transactional.TxType.SUPPORTS)
    public RenderedEdition rendered(long editionId, Language language) {
        return rendered.computeIfAbsent(editionId + "/" + language.code(), key -> render(editionId, language));
    }

    /** A fresh rendering, for previews and tests while the edition is still being written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RenderedEdition preview(long editionId, Language language) {
        return render(editionId, language);
    }

    private RenderedEdition render(long editionId, Language language) {
        Edition edition = editions.find(editionId)
                .orElseThrow(() -> new IllegalArgumentException("No edition " + editionId));
        return renderer.render(edition.isRelease() ? releases.view(edition, language) : composer.view(edition, language));
    }
}
