package org.barta.site;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Hides e-mail addresses in published text from harvesters while people can still use them. Every address
 * becomes {@code <a class="email" data-cloak="…">name [at] example [dot] org</a>}: without JavaScript a reader
 * sees and types the address; with it, the theme's script turns the link back into a normal {@code mailto:}.
 * No {@code @} and no {@code mailto:} remain in the HTML a robot downloads.
 */
public final class EmailCloaking {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /**
     * Published bodies are cloaked on every uncached view and every feed ({@code bench/README.md}): the result is
     * kept by the body's text, which changes whenever the body does. Emptied when full.
     */
    private static final int REMEMBERED = 1024;
    private static final Map<String, String> CLOAKED = new ConcurrentHashMap<>();

    private EmailCloaking() {
    }

    public static String cloak(String html) {
        // The sanitizer writes '@' as "&#64;" in stored HTML.
        if (html == null || html.indexOf('@') < 0 && !html.contains("&#64;")) {
            return html;
        }
        String known = CLOAKED.get(html);
        if (known != null) {
            return known;
        }
        String cloaked = cloakNow(html);
        if (CLOAKED.size() >= REMEMBERED) {
            CLOAKED.clear();
        }
        CLOAKED.put(html, cloaked);
        return cloaked;
    }

    private static String cloakNow(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element link : doc.select("a[href^=mailto:]")) {
            String address = link.attr("href").substring("mailto:".length()).replaceAll("\\?.*", "");
            link.removeAttr("href").removeAttr("rel").addClass("email").attr("data-cloak", encode(address));
            if (EMAIL.matcher(link.text()).find()) {
                link.text(spoken(link.text()));
            }
        }
        for (Element element : doc.body().getAllElements()) {
            if (!element.is("a")) {
                element.textNodes().forEach(EmailCloaking::replaceIn);
            }
        }
        return doc.body().html();
    }

    private static void replaceIn(TextNode node) {
        String text = node.getWholeText();
        Matcher m = EMAIL.matcher(text);
        if (!m.find()) {
            return;
        }
        m.reset();
        int last = 0;
        Element holder = new Element("span");
        while (m.find()) {
            holder.appendText(text.substring(last, m.start()));
            holder.appendElement("a").addClass("email").attr("data-cloak", encode(m.group()))
                    .text(spoken(m.group()));
            last = m.end();
        }
        holder.appendText(text.substring(last));
        node.before(holder);
        holder.unwrap();
        node.remove();
    }

    /** {@code name@example.org} → {@code name [at] example [dot] org}. */
    static String spoken(String address) {
        return address.replace("@", " [at] ").replace(".", " [dot] ");
    }

    /** Reversed, then Base64: trivial for the theme's script, invisible to pattern-matching harvesters. */
    static String encode(String address) {
        return Base64.getEncoder().encodeToString(new StringBuilder(address).reverse().toString()
                .getBytes(StandardCharsets.UTF_8));
    }
}
