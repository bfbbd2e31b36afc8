package org.barta.newsletter.compose;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A sent edition's mail turned into a valid HTML5 web page for the public archive, looking the same. Mail clients
 * (Outlook above all) need the table attributes HTML5 made obsolete and Outlook's conditional comments; a web page
 * must not have them. Each such attribute becomes the CSS it stands for, written before the inlined theme CSS so
 * that, as in the mail, the theme's declarations win.
 */
public final class ArchivePage {

    private static final List<String> MAIL_ONLY_META = List.of("x-apple-disable-message-reformatting");

    private ArchivePage() {
    }

    public static String fromMail(String mailHtml) {
        Document page = Jsoup.parse(mailHtml);
        page.outputSettings().prettyPrint(false);
        removeComments(page);
        page.select("meta[name]").stream().filter(m -> MAIL_ONLY_META.contains(m.attr("name"))).forEach(Node::remove);
        for (Element table : page.select("table")) {
            String css = "";
            if (table.hasAttr("cellspacing")) {
                css += "border-spacing:" + length(table.attr("cellspacing")) + ";";
            }
            if (table.hasAttr("cellpadding")) {
                String padding = "padding:" + length(table.attr("cellpadding")) + ";";
                table.select("> tbody > tr > td, > tr > td, > thead > tr > td, > tfoot > tr > td")
                        .forEach(cell -> prependStyle(cell, padding));
            }
            if (table.parent() != null && "center".equals(table.parent().attr("align"))) {
                css += "margin-left:auto;margin-right:auto;";
            }
            prependStyle(table, css + width(table));
            table.removeAttr("cellspacing").removeAttr("cellpadding").removeAttr("border").removeAttr("width")
                    .removeAttr("align");
        }
        for (Element cell : page.select("td, th")) {
            String css = width(cell);
            if (cell.hasAttr("align")) {
                css += "text-align:" + cell.attr("align") + ";";
            }
            if (cell.hasAttr("valign")) {
                css += "vertical-align:" + cell.attr("valign") + ";";
            }
            prependStyle(cell, css);
            cell.removeAttr("width").removeAttr("align").removeAttr("valign");
        }
        return page.outerHtml();
    }

    private static String width(Element element) {
        return element.hasAttr("width") ? "width:" + length(element.attr("width")) + ";" : "";
    }

    /** An HTML length (a number of pixels or a percentage) as CSS. */
    private static String length(String value) {
        String trimmed = value.trim();
        return trimmed.matches("\\d+") ? (trimmed.equals("0") ? "0" : trimmed + "px") : trimmed;
    }

    private static void prependStyle(Element element, String css) {
        if (css.isEmpty()) {
            return;
        }
        String existing = element.attr("style").trim();
        element.attr("style", existing.isEmpty() ? css : css + existing);
    }

    private static void removeComments(Document page) {
        page.nodeStream().filter(Comment.class::isInstance).toList().forEach(Node::remove);
    }
}
