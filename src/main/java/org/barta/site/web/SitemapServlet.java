package org.barta.site.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.site.PublicSite;
import org.barta.publicweb.SitePaths;

/** {@code /sitemap.xml}: every published item in every language, with {@code hreflang} alternates. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    @Inject
    transient PublicSite site;

    @Inject
    transient SitePaths paths;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<Long, Map<Language, ContentTranslation>> byItem = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            for (ContentTranslation t : site.everything(language)) {
                byItem.computeIfAbsent(t.getItem().getId(), id -> new EnumMap<>(Language.class)).put(language, t);
            }
        }
        response.setContentType("application/xml;charset=UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.writeStartElement(SITEMAP_NS, "urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("xhtml", XHTML_NS);
            for (Language language : Language.values()) {
                url(xml, paths.absolute(paths.home(language)), null, Map.of());
            }
            for (Map<Language, ContentTranslation> versions : byItem.values()) {
                for (ContentTranslation t : versions.values()) {
                    url(xml, paths.absolute(paths.item(t)), t, versions);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Sitemap could not be written", e);
        }
    }

    private void url(XMLStreamWriter xml, String location, ContentTranslation t,
                     Map<Language, ContentTranslation> versions) throws XMLStreamException {
        xml.writeStartElement(SITEMAP_NS, "url");
        element(xml, "loc", location);
        if (t != null) {
            element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(t.getItem().getUpdatedAt()));
        }
        if (versions.size() > 1) {
            for (ContentTranslation version : versions.values()) {
                xml.writeEmptyElement(XHTML_NS, "link");
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("hreflang", version.getLanguage().code());
                xml.writeAttribute("href", paths.absolute(paths.item(version)));
            }
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAP_NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
