package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.barta.content.PublishedMedia;
import org.barta.media.MediaFile;
import org.barta.media.MediaGrant;

/**
 * A live preview link ({@link ReleasePreviews}) also fetches the images and files of its embargoed statement,
 * which are not public until the embargo; nothing else.
 */
@ApplicationScoped
public class PreviewMediaGrant implements MediaGrant {

    @Inject
    ReleasePreviews previews;

    @Inject
    PublishedMedia media;

    @Override
    public boolean grants(MediaFile file, Map<String, String[]> parameters) {
        return PreviewLink.parse(name -> one(parameters, name))
                .flatMap(preview -> previews.livePreviewStatement(preview, Instant.now()))
                .filter(statement -> media.usedBy(statement, file)).isPresent();
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length != 1 ? null : values[0];
    }
}
