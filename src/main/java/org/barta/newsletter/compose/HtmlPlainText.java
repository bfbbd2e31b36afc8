package org.barta.newsletter.compose;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Sanitized rich text as plain text for the text part of a mail: paragraphs separated by blank lines, list items
 * with a dash, and every link written out after its text, since a plain-text reader cannot follow hidden links.
 */
final class HtmlPlainText implements NodeVisitor {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "figure", "figcaption", "table", "ul", "ol", "hr");
    private static final Set<String> LINES = Set.of("li", "tr", "caption", "br", "div");

    private final StringBuilder out = new StringBuilder();

    private HtmlPlainText() {
    }

    static String of(Element root) {
        HtmlPlainText visitor = new HtmlPlainText();
        NodeTraversor.traverse(visitor, root);
        return visitor.out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendWords(text.text());
        } else if (node instanceof Element element) {
            String name = element.normalName();
            if (PARAGRAPHS.contains(name)) {
                breakLine(2);
            } else if (LINES.contains(name)) {
                breakLine(1);
            }
            if (name.equals("li")) {
                out.append("- ");
            } else if (name.equals("td") || name.equals("th")) {
                appendWords(" ");
            } else if (name.equals("img") && !element.attr("alt").isBlank()) {
                appendWords("[" + element.attr("alt") + "]");
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String name = element.normalName();
            if (name.equals("a") && element.hasAttr("href")) {
                String url = element.attr("href");
                String visible = element.text().strip();
                if (!visible.equals(url) && !("mailto:" + visible).equals(url)) {
                    appendWords(" <" + url + ">");
                }
            } else if (PARAGRAPHS.contains(name)) {
                breakLine(2);
            }
        }
    }

    private void appendWords(String text) {
        String words = text.replaceAll("\\s+", " ");
        if (words.startsWith(" ") && (out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1)))) {
            words = words.substring(1);
        }
        out.append(words);
    }

    private void breakLine(int newlines) {
        int trailing = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            trailing++;
        }
        if (!out.isEmpty()) {
            out.append("\n".repeat(Math.max(0, newlines - trailing)));
        }
    }
}
