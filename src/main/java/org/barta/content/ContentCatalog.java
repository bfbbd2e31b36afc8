package org.barta.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Read-only questions about content: what is published, and how much is in each workflow state. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentCatalog {

    @Inject
    ContentRepository items;

    public List<ContentTranslation> latestPublished(ContentKind kind, Language language, int limit) {
        return items.latestPublished(kind, language, limit);
    }

    public Map<ContentState, Long> countByState() {
        return items.countByState();
    }
}
