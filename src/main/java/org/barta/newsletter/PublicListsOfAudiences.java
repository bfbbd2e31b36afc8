package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.barta.content.Language;
import org.barta.publicweb.PublicLists;

/** The public audiences, as the site's sign-up form offers them. */
@ApplicationScoped
public class PublicListsOfAudiences implements PublicLists {

    @Inject
    AudienceRepository audiences;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicList> publicLists() {
        return audiences.publicOnes().stream()
                .map(a -> new PublicList(a.getCode(), a.name(Language.EN), a.name(Language.BN))).toList();
    }
}
