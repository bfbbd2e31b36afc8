package org.barta.publicweb;

import java.util.Optional;
import org.barta.content.Language;

/**
 * A feature's own public pages under {@code /{lang}/}: the site's router asks every bean of this type before its
 * own routes, so the site need not know the feature (the newsletter's sign-up and archive pages).
 */
public interface PublicRoutes {

    /** The route for {@code rest}, the address after {@code /{lang}}; none when the address is not this feature's. */
    Optional<PublicRoute> route(Language language, String rest);
}
