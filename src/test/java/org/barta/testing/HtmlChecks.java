package org.barta.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * What a visitor's tools say about a page: the Nu HTML Checker's errors and warnings (HTML5 as the W3C validator
 * checks it, offline) and headings that skip a level (an accessibility checker's heading-order rule).
 */
public final class HtmlChecks {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final String TRAILING_SLASH_INFO = "Trailing slash on void elements";

    private HtmlChecks() {
    }

    /** The checker's errors and warnings, each with its line and column. */
    public static synchronized List<String> validationErrors(String html) {
        List<String> errors = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Obsolete markup (table cellpadding, border…) comes as a warning: a page has none. The trailing
                // slash Facelets writes on void elements comes the same way but is only information (the W3C
                // service shows it as "Info") and valid HTML5.
                if (!e.getMessage().startsWith(TRAILING_SLASH_INFO)) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " warning: " + e.getMessage());
                }
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML5_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new IllegalStateException("the HTML checker could not run", e);
        }
        return errors;
    }

    /** Headings that go deeper by more than one level than the heading before them, or a page not opening with h1. */
    public static List<String> headingOrderProblems(String html) {
        List<String> problems = new ArrayList<>();
        int previous = 0;
        for (Element heading : Jsoup.parse(html).select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                problems.add("h" + level + " after " + (previous == 0 ? "no heading" : "h" + previous) + ": "
                        + heading.text());
            }
            previous = level;
        }
        return problems;
    }
}
