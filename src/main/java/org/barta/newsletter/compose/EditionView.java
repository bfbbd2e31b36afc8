package org.barta.newsletter.compose;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.barta.content.Language;

/**
 * What one edition says in one language, ready to render. All URLs absolute. An edition to a private audience has
 * neither a number nor a page in the public archive ({@code number} and {@code archiveUrl} null).
 */
public record EditionView(Language language, Integer number, YearMonth month, String subject, String introHtml,
        List<EditionSection> sections, String organisationName, String organisationAddress, String siteUrl,
        String archiveUrl) {

    public EditionView {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(month, "month");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
