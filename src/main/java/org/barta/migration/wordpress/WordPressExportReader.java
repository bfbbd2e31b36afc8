package org.barta.migration.wordpress;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.barta.platform.BusinessException;

/**
 * Reads a WordPress export file (WXR 1.0 to 1.2) with the JDK's streaming parser, with no document type, external
 * entity or entity expansion at all: a file that declares a DOCTYPE is refused before anything in it is read (no
 * file of the server, no address, no billion laughs). Refusals carry an {@code import.wxr.*} message key.
 */
public final class WordPressExportReader {

    private static final String WP = "http://wordpress.org/export/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WordPressExportReader() {
    }

    public static WordPressExport read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return new Export(xml).read();
        } catch (XMLStreamException | RuntimeException unreadable) {
            if (unreadable instanceof BusinessException refused) {
                throw refused;
            }
            throw new BusinessException("import.wxr.unreadable", unreadable instanceof XMLStreamException stream
                    && stream.getLocation() != null ? stream.getLocation().getLineNumber() : 0);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Nothing was kept open that matters: the stream is the caller's.
                }
            }
        }
    }

    /** One pass over the document, collecting as it goes. */
    private static final class Export {

        private final XMLStreamReader xml;
        private String siteAddress;
        private String language;
        private boolean wordPress;
        private final Map<String, WordPressExport.Author> authors = new LinkedHashMap<>();
        private final List<WordPressExport.Category> categories = new ArrayList<>();
        private final List<WordPressPost> posts = new ArrayList<>();
        private final Map<Long, WordPressExport.Attachment> attachments = new HashMap<>();

        Export(XMLStreamReader xml) {
            this.xml = xml;
        }

        WordPressExport read() throws XMLStreamException {
            boolean inChannel = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new BusinessException("import.wxr.doctype");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                boolean wp = isWordPress();
                if (!inChannel) {
                    inChannel = name.equals("channel");
                    continue;
                }
                if (name.equals("item")) {
                    item();
                } else if (wp && name.equals("author")) {
                    author();
                } else if (wp && name.equals("category")) {
                    category();
                } else if (wp && name.equals("wxr_version")) {
                    wordPress = true;
                    xml.getElementText();
                } else if (wp && name.equals("base_site_url") && siteAddress == null) {
                    siteAddress = xml.getElementText().strip();
                } else if (name.equals("language") && namespace() == null) {
                    language = xml.getElementText().strip();
                }
            }
            if (!wordPress) {
                throw new BusinessException("import.wxr.notWordPress");
            }
            return new WordPressExport(siteAddress == null ? "" : siteAddress, language, authors, categories, posts,
                    attachments);
        }

        private void author() throws XMLStreamException {
            Map<String, String> fields = fields("author");
            String login = fields.getOrDefault("author_login", "");
            authors.put(login, new WordPressExport.Author(login, fields.get("author_email"),
                    fields.getOrDefault("author_display_name", login)));
        }

        private void category() throws XMLStreamException {
            Map<String, String> fields = fields("category");
            String parent = fields.get("category_parent");
            categories.add(new WordPressExport.Category(fields.getOrDefault("category_nicename", ""),
                    parent == null || parent.isBlank() ? null : parent, fields.getOrDefault("cat_name", "")));
        }

        private void item() throws XMLStreamException {
            Map<String, String> fields = new HashMap<>();
            Map<String, String> meta = new HashMap<>();
            List<String> inCategories = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            String polylangLanguage = null;
            String translationKey = null;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String namespace = namespace();
                if (name.equals("postmeta")) {
                    Map<String, String> pair = fields("postmeta");
                    meta.put(pair.getOrDefault("meta_key", ""), pair.getOrDefault("meta_value", ""));
                } else if (name.equals("category") && namespace == null) {
                    String domain = xml.getAttributeValue(null, "domain");
                    String slug = xml.getAttributeValue(null, "nicename");
                    String text = xml.getElementText().strip();
                    switch (domain == null ? "" : domain) {
                        case "category" -> {
                            if (slug != null) {
                                inCategories.add(slug);
                            }
                        }
                        case "post_tag" -> tags.add(text);
                        case "language" -> polylangLanguage = slug;
                        case "post_translations" -> translationKey = slug;
                        default -> { }
                    }
                } else if (name.equals("encoded")) {
                    fields.put(CONTENT.equals(namespace) ? "content" : "excerpt", xml.getElementText());
                } else if (name.equals("comment")) {
                    skip();
                } else {
                    String key = namespace != null && namespace.startsWith(WP) ? name : "rss:" + name;
                    fields.put(key, xml.getElementText());
                }
            }
            long id = number(fields.get("post_id"));
            String type = fields.getOrDefault("post_type", "");
            if (type.equals("attachment")) {
                attachments.put(id, new WordPressExport.Attachment(id,
                        fields.getOrDefault("attachment_url", "").strip(),
                        meta.getOrDefault("_wp_attachment_image_alt", ""), number(fields.get("post_parent"))));
                return;
            }
            if (!type.equals("post") && !type.equals("page")) {
                return;
            }
            String thumbnail = meta.get("_thumbnail_id");
            posts.add(new WordPressPost(id, type, fields.get("rss:title"), fields.get("post_name"),
                    fields.get("rss:link"), fields.getOrDefault("status", "").strip(),
                    date(fields.get("post_date_gmt")), localDate(fields.get("post_date")),
                    date(fields.get("post_modified_gmt")), fields.get("content"), fields.get("excerpt"),
                    fields.getOrDefault("rss:creator", "").strip(), inCategories, tags, polylangLanguage,
                    translationKey, thumbnail == null || thumbnail.isBlank() ? null : number(thumbnail),
                    "1".equals(fields.getOrDefault("is_sticky", "0").strip())));
        }

        /** The texts of an element's children by local name, up to its end. */
        private Map<String, String> fields(String element) throws XMLStreamException {
            Map<String, String> fields = new HashMap<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    fields.put(xml.getLocalName(), xml.getElementText());
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
                    break;
                }
            }
            return fields;
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /** The element's namespace, null for none (parsers differ: some say null, some ""). */
        private String namespace() {
            String namespace = xml.getNamespaceURI();
            return namespace == null || namespace.isEmpty() ? null : namespace;
        }

        private boolean isWordPress() {
            String namespace = namespace();
            return namespace != null && namespace.startsWith(WP) && !namespace.endsWith("/excerpt/");
        }

        private static long number(String text) {
            try {
                return text == null ? 0 : Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static Instant date(String text) {
            LocalDateTime utc = localDate(text);
            return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
        }

        private static LocalDateTime localDate(String text) {
            if (text == null || text.isBlank() || text.startsWith("0000")) {
                return null;
            }
            try {
                return LocalDateTime.parse(text.strip(), DATE);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
