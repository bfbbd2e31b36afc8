package org.barta.newsletter.compose;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A theme's newsletter templates, read and compiled once: {@code newsletter/edition.html} (Mustache, escaping
 * HTML), {@code newsletter/edition.txt} (Mustache, plain text) and {@code newsletter/edition.css}, the stylesheet
 * the HTML template includes and that is inlined into it.
 */
final class NewsletterTemplates {

    static final String FOLDER = "newsletter/";
    static final String HTML = "edition.html";
    static final String TEXT = "edition.txt";
    static final String CSS = "edition.css";

    private final Template html;
    private final Template text;
    private final String stylesheet;
    private final CssInliner inliner;

    private NewsletterTemplates(Template html, Template text, String stylesheet) {
        this.html = html;
        this.text = text;
        this.stylesheet = stylesheet;
        this.inliner = new CssInliner(stylesheet);
    }

    /** The templates of a theme packaged in the WAR, where themes are Faces contracts: {@code /contracts/<theme>/}. */
    static NewsletterTemplates fromServletContext(ServletContext context, String theme) {
        String folder = "/contracts/" + theme + "/" + FOLDER;
        return load("theme '" + theme + "' (" + folder + ")", name -> {
            try (InputStream in = context.getResourceAsStream(folder + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads the three files through {@code files} (file name to content, {@code null} when absent) and compiles
     * them; {@code where} names the theme in errors.
     */
    static NewsletterTemplates load(String where, Function<String, String> files) {
        Mustache.Compiler compiler = Mustache.compiler().emptyStringIsFalse(true);
        return new NewsletterTemplates(
                compile(compiler, where, HTML, files),
                compile(compiler.escapeHTML(false), where, TEXT, files),
                read(where, CSS, files));
    }

    Template html() {
        return html;
    }

    Template text() {
        return text;
    }

    String stylesheet() {
        return stylesheet;
    }

    CssInliner inliner() {
        return inliner;
    }

    private static Template compile(Mustache.Compiler compiler, String where, String name,
            Function<String, String> files) {
        try {
            return compiler.compile(read(where, name, files));
        } catch (MustacheException e) {
            throw new IllegalStateException("The newsletter template " + name + " of " + where + " is not valid: "
                    + e.getMessage(), e);
        }
    }

    private static String read(String where, String name, Function<String, String> files) {
        String content = files.apply(name);
        if (content == null) {
            throw new IllegalStateException("The " + where + " has no " + FOLDER + name);
        }
        return content;
    }
}
