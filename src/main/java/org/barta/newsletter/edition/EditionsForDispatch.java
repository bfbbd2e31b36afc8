package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceRepository;
import org.barta.newsletter.compose.RenderedEdition;
import org.barta.newsletter.dispatch.MailingList;
import org.barta.newsletter.dispatch.SendableEditions;

/** The editions as the dispatcher sees them: which are sending, finishing one, their audience and renderings. */
@ApplicationScoped
public class EditionsForDispatch implements SendableEditions {

    @Inject
    EditionRepository editions;

    @Inject
    EditionRenditions renditions;

    @Inject
    AudienceRepository audiences;

    @Override
    public List<Long> sending() {
        return editions.sending();
    }

    @Override
    public boolean markSent(long editionId) {
        return editions.transition(editionId, EditionState.SENDING, EditionState.SENT);
    }

    @Override
    public MailingList mailingList(long audienceId) {
        Audience audience = audiences.find(audienceId)
                .orElseThrow(() -> new IllegalArgumentException("No audience " + audienceId));
        return new MailingList(audience.getId(), audience.getCode(), audience.getNameEn());
    }

    @Override
    public Optional<Instant> previewUntil(long editionId) {
        return editions.find(editionId).filter(Edition::isAdvanceCopy).map(Edition::getEmbargoUntil);
    }

    @Override
    public RenderedEdition rendered(long editionId, Language language) {
        return renditions.rendered(editionId, language);
    }
}
