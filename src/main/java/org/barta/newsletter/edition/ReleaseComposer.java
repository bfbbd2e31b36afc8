package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ResourceBundle;
import org.barta.content.ContentItem;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.content.PressContact;
import org.barta.newsletter.compose.EditionView;
import org.barta.platform.web.EditorTime;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.LocalizedDates;
import org.barta.publicweb.SitePaths;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a press release says in one language: the statement's title (after the embargo line on an advance copy),
 * its summary and full text, the press contact and the statement's public address, which is live from the
 * embargo on; an advance copy also carries each recipient's own preview link ({@link ReleasePreviews}). The text
 * is escaped here and sanitized again by the renderer, like an editor's introduction.
 */
@ApplicationScoped
public class ReleaseComposer {

    @Inject
    EditionRepository editions;

    @Inject
    SitePaths paths;

    @Inject
    NewsletterSettings settings;

    public EditionView view(Edition edition, Language language) {
        ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE, language.locale());
        ContentItem item = editions.items(List.of(edition.getContentItemId())).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Release " + edition.getId() + " has no statement"));
        ContentTranslation statement = item.translationFor(language)
                .orElseThrow(() -> new IllegalStateException("Statement " + item.getId() + " has no text"));
        String address = paths.absolute(paths.item(statement));
        String embargo = edition.isAdvanceCopy() ? embargoLine(msg, edition.getEmbargoUntil(), language) : null;

        Document mail = Document.createShell("");
        Element body = mail.body();
        if (embargo != null) {
            body.appendElement("p").addClass("embargo").appendElement("strong").text(embargo);
        }
        if (statement.getSummary() != null && !statement.getSummary().isBlank()) {
            body.appendElement("p").appendElement("strong").text(statement.getSummary().strip());
        }
        body.appendElement("div").addClass("statement").html(statement.getBody() == null ? "" : statement.getBody());
        contact(body, item.getContact(), msg);
        Element online = body.appendElement("p");
        online.appendText(embargo != null
                ? format(msg, "newsletter.release.onlineFrom", language,
                        LocalizedDates.dateTime(edition.getEmbargoUntil(), EditorTime.zone(), language)) + " "
                : msg.getString("newsletter.release.online") + " ");
        online.appendElement("a").attr("href", address).text(address);

        String title = statement.getTitle().strip();
        String label = embargo != null ? embargo : format(msg, "newsletter.release.label", language,
                LocalizedDates.dayOf(edition.getSendAt() == null ? Instant.now() : edition.getSendAt(), language));
        return new EditionView(language, null, edition.getMonth(), embargo == null ? title : embargo + ": " + title,
                body.html(), List.of(), settings.organisationName(), settings.organisationAddress(),
                paths.absolute("/"), null, label, embargo != null ? msg.getString("newsletter.release.previewNotice") : null);
    }

    /** "EMBARGOED UNTIL 5 December 2026, 10:00 (Dhaka) / 5 December 2026, 04:00 UTC", in the reader's language. */
    static String embargoLine(ResourceBundle msg, Instant until, Language language) {
        ZoneId zone = EditorTime.zone();
        String place = zone.getId().equals("Asia/Dhaka") ? msg.getString("newsletter.release.dhaka") : zone.getId();
        return format(msg, "newsletter.release.embargo", language, LocalizedDates.dateTime(until, zone, language),
                place, LocalizedDates.dateTime(until, ZoneOffset.UTC, language));
    }

    private static void contact(Element body, PressContact contact, ResourceBundle msg) {
        if (contact == null || contact.isEmpty()) {
            return;
        }
        body.appendElement("h2").text(msg.getString("item.contact"));
        Element lines = body.appendElement("p");
        boolean first = true;
        for (String line : new String[] {contact.name(), contact.phone()}) {
            if (line != null && !line.isBlank()) {
                if (!first) {
                    lines.appendElement("br");
                }
                lines.appendText(line);
                first = false;
            }
        }
        if (contact.email() != null && !contact.email().isBlank()) {
            if (!first) {
                lines.appendElement("br");
            }
            lines.appendElement("a").attr("href", "mailto:" + contact.email()).text(contact.email());
        }
    }

    private static String format(ResourceBundle msg, String key, Language language, Object... arguments) {
        return new MessageFormat(msg.getString(key), language.locale()).format(arguments);
    }
}
