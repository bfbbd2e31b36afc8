package org.barta.newsletter.sends;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.barta.accounts.Actor;
import org.barta.content.ContentItem;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceRepository;
import org.barta.newsletter.SubscriberAdminService;
import org.barta.newsletter.bounce.BounceKind;
import org.barta.newsletter.bounce.BounceRepository;
import org.barta.newsletter.dispatch.DeliveryLedger;
import org.barta.newsletter.dispatch.SendCounts;
import org.barta.newsletter.edition.Edition;
import org.barta.newsletter.edition.EditionRepository;

/**
 * Everything that went out, or is to: each send with its audience, state, schedule and counts from the ledger,
 * the bounces and complaints it drew and who left from its mail. Editors and administrators only (it names private
 * audiences and what was sent to them). Nothing about opens or clicks: Barta does not track them.
 */
@ApplicationScoped
public class SendsOverview {

    /** The page lists the newest this many; the month filter reaches older ones. */
    public static final int SHOWN = 100;

    @Inject
    EditionRepository editions;

    @Inject
    AudienceRepository audiences;

    @Inject
    DeliveryLedger ledger;

    @Inject
    BounceRepository bounces;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SendSummary> sends(SendFilter filter, Language language, Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        List<Edition> shown = editions.filtered(filter.series(), filter.audienceId(), filter.month(), SHOWN);
        List<Long> ids = shown.stream().map(Edition::getId).toList();
        Map<Long, Audience> audienceById = audiences.all().stream()
                .collect(Collectors.toMap(Audience::getId, Function.identity()));
        Map<Long, SendCounts> counts = ledger.counts(ids);
        Map<Long, Map<BounceKind, Long>> bounced = bounces.countsByEdition(ids);
        Map<Long, Long> left = audiences.leftWith(ids);
        Map<Long, String> statementTitles = editions.items(shown.stream().filter(Edition::isRelease)
                        .map(Edition::getContentItemId).distinct().toList()).stream()
                .collect(Collectors.toMap(ContentItem::getId, item -> item.translationFor(language).map(ContentTranslation::getTitle).orElse("")));
        return shown.stream().map(e -> {
            Map<BounceKind, Long> kinds = bounced.getOrDefault(e.getId(), Map.of());
            return SendSummary.of(e, audienceById.get(e.getAudienceId()),
                    e.isRelease() ? statementTitles.get(e.getContentItemId()) : subject(e, language),
                    counts.getOrDefault(e.getId(), SendCounts.NONE), kinds.getOrDefault(BounceKind.HARD, 0L),
                    kinds.getOrDefault(BounceKind.COMPLAINT, 0L), left.getOrDefault(e.getId(), 0L));
        }).toList();
    }

    /** The subject the editor wrote in the page's language, else in the other; null when none is written yet. */
    private static String subject(Edition edition, Language language) {
        String subject = edition.subject(language);
        return subject != null ? subject : edition.subject(language.other());
    }
}
