package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.barta.content.Language;
import org.barta.newsletter.compose.RenderedEdition;
import org.barta.publicweb.LocalizedDates;
import org.barta.publicweb.SitePaths;

/**
 * The public newsletter archive: sent editions of public audiences only, each as subscribers saw it but without
 * anybody's personal links (they point to the sign-up form instead). What went to a private audience (journalists,
 * diplomats) is never shown here.
 */
@ApplicationScoped
public class PublicEditions {

    private static final int MAX_LISTED = 240;

    @Inject
    EditionRepository editions;

    @Inject
    EditionRenditions renditions;

    @Inject
    LocalizedDates dates;

    @Inject
    SitePaths paths;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArchivedEdition> sent(Language language) {
        return editions.sentPublic(MAX_LISTED).stream().map(e -> new ArchivedEdition(e.getNumber(),
                dates.month(e.getMonth(), language), renditions.rendered(e.getId(), language).subject(),
                path(language, e.getNumber()),
                e.getSendFinishedAt())).toList();
    }

    /** The edition as sent, in this language; empty unless it was sent to a public audience. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RenderedEdition> edition(int number, Language language) {
        String signUp = paths.absolute(paths.home(language) + "#newsletter");
        return editions.publicByNumber(number).filter(e -> e.getState() == EditionState.SENT)
                .map(e -> renditions.rendered(e.getId(), language).personalize(signUp, signUp));
    }

    public String path(Language language, int number) {
        return "/" + language.code() + "/newsletter/" + number;
    }
}
