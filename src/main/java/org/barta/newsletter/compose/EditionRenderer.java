package org.barta.newsletter.compose;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.barta.content.Language;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.LocalizedDates;
import org.barta.publicweb.ThemeSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an edition into a mail: subject, HTML with the theme's CSS inlined, and plain text, from the active
 * theme's {@code newsletter/} templates. Recipients' links are left as placeholders for
 * {@link RenderedEdition#personalize}, so an edition is rendered once per language, not once per recipient.
 */
@ApplicationScoped
public class EditionRenderer {

    @Inject
    ServletContext servletContext;

    @Inject
    ThemeSettings theme;

    @Inject
    LocalizedDates dates;

    private NewsletterTemplates templates;

    protected EditionRenderer() {
    }

    EditionRenderer(NewsletterTemplates templates, LocalizedDates dates) {
        this.templates = templates;
        this.dates = dates;
    }

    /** The templates are read from the WAR once; the servlet context serves them on any thread, not only requests. */
    @PostConstruct
    void loadTheme() {
        templates = NewsletterTemplates.fromServletContext(servletContext, theme.getActive());
    }

    public RenderedEdition render(EditionView view) {
        Language language = view.language();
        ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE, language.locale());
        String siteUrl = siteBase(webAddress(view.siteUrl(), "siteUrl"));
        String organisation = required(view.organisationName(), "organisationName");
        String address = required(view.organisationAddress(), "organisationAddress");
        String number = view.number() == null ? null : dates.number(view.number(), language);
        String month = dates.month(view.month(), language);
        String subject = oneLine(view.subject());
        if (subject.isEmpty()) {
            subject = number == null ? format(msg, "newsletter.edition.subjectUnnumbered", language, organisation, month)
                    : format(msg, "newsletter.edition.subject", language, organisation, number, month);
        }
        EditorIntro intro = EditorIntro.of(view.introHtml(), siteUrl);

        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.code());
        model.put("dir", "ltr"); // English and Bangla are both written left to right
        model.put("subject", subject);
        model.put("number", number);
        model.put("month", month);
        model.put("editionLabel", view.label() != null ? oneLine(view.label())
                : number == null ? format(msg, "newsletter.edition.labelUnnumbered", language, month)
                : format(msg, "newsletter.edition.label", language, number, month));
        model.put("organisationName", organisation);
        model.put("organisationAddress", address);
        model.put("organisationAddressLines", address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        model.put("siteUrl", siteUrl);
        model.put("hasArchive", view.archiveUrl() != null);
        if (view.archiveUrl() != null) {
            model.put("archiveUrl", webAddress(resolve(siteUrl, view.archiveUrl(), "archiveUrl"), "archiveUrl"));
        }
        model.put("preferencesUrl", RenderedEdition.PREFERENCES_URL);
        model.put("unsubscribeUrl", RenderedEdition.UNSUBSCRIBE_URL);
        model.put("hasPreview", view.previewNotice() != null);
        model.put("previewNotice", view.previewNotice() == null ? "" : oneLine(view.previewNotice()));
        model.put("previewUrl", RenderedEdition.PREVIEW_URL);
        model.put("hasIntro", !intro.isEmpty());
        model.put("introHtml", intro.html());
        model.put("introText", intro.text());
        model.put("sections", sections(view.sections(), siteUrl));
        model.put("stylesheet", templates.stylesheet());
        model.put("texts", Map.of(
                "readOnline", msg.getString("newsletter.edition.readOnline"),
                "unsubscribe", msg.getString("newsletter.edition.unsubscribe"),
                "preferences", msg.getString("newsletter.edition.preferences"),
                "preview", msg.getString("newsletter.release.previewLink"),
                "reason", format(msg, "newsletter.edition.reason", language, organisation)));

        return new RenderedEdition(subject, html(templates.html().execute(model), siteUrl),
                PlainTextWrapper.wrap(templates.text().execute(model)));
    }

    /** Makes every link of the template absolute, then inlines the CSS; placeholders stay for personalisation. */
    private String html(String rendered, String siteUrl) {
        Document document = Jsoup.parse(rendered, siteUrl);
        for (Element element : document.select("[href], [src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute);
            if (!RenderedEdition.isPlaceholder(value)) {
                element.attr(attribute, element.absUrl(attribute));
            }
        }
        templates.inliner().inline(document);
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        return document.outerHtml();
    }

    private static List<Map<String, Object>> sections(List<EditionSection> sections, String siteUrl) {
        return sections.stream().filter(s -> !s.entries().isEmpty()).map(section -> Map.<String, Object>of(
                "heading", text(section.heading()),
                "entries", section.entries().stream().map(entry -> Map.of(
                        "title", text(entry.title()),
                        "summary", text(entry.summary()),
                        "date", text(entry.date()),
                        "url", webAddress(resolve(siteUrl, entry.url(), "entry url"), "entry url"))).toList()))
                .toList();
    }

    private static String format(ResourceBundle msg, String key, Language language, Object... arguments) {
        return new MessageFormat(msg.getString(key), language.locale()).format(arguments);
    }

    /** The site's address as a base for relative links: {@code https://example.org} becomes {@code https://example.org/}. */
    private static String siteBase(String siteUrl) {
        return URI.create(siteUrl).getRawPath().isEmpty() ? siteUrl + "/" : siteUrl;
    }

    private static String resolve(String siteUrl, String url, String what) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The edition has no " + what);
        }
        try {
            return new URI(siteUrl).resolve(url.strip()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The edition's " + what + " is not a web address: " + url, e);
        }
    }

    /** Only http(s) addresses go into a mail: anything else (javascript:, data:) is refused. */
    private static String webAddress(String url, String what) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The edition's " + what + " is not a web address: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("The edition's " + what + " must be an absolute http(s) address: " + url);
        }
        return uri.toString();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The edition has no " + what + "; a newsletter must name its sender");
        }
        return value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** A mail header holds one line. */
    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\s+", " ").strip();
    }
}
