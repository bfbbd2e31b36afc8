package org.barta.newsletter.compose;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.barta.content.Language;

/**
 * What one edition says in one language, ready to render. All URLs absolute. An edition to a private audience has
 * neither a number nor a page in the public archive ({@code number} and {@code archiveUrl} null). A press release
 * names itself in the masthead ({@code label}) instead of by number and month; its embargoed advance copy carries
 * each recipient's preview link after the text, introduced by {@code previewNotice} (null: no preview link).
 */
public record EditionView(Language language, Integer number, YearMonth month, String subject, String introHtml,
        List<EditionSection> sections, String organisationName, String organisationAddress, String siteUrl,
        String archiveUrl, String label, String previewNotice) {

    public EditionView {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(month, "month");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public EditionView(Language language, Integer number, YearMonth month, String subject, String introHtml,
                       List<EditionSection> sections, String organisationName, String organisationAddress,
                       String siteUrl, String archiveUrl, String label) {
        this(language, number, month, subject, introHtml, sections, organisationName, organisationAddress, siteUrl,
                archiveUrl, label, null);
    }

    /** An edition whose masthead names it by number and month ({@code label} is for press releases). */
    public EditionView(Language language, Integer number, YearMonth month, String subject, String introHtml,
                       List<EditionSection> sections, String organisationName, String organisationAddress,
                       String siteUrl, String archiveUrl) {
        this(language, number, month, subject, introHtml, sections, organisationName, organisationAddress, siteUrl,
                archiveUrl, null, null);
    }
}
