package org.barta.newsletter.compose;

import cz.vutbr.web.css.CSSException;
import cz.vutbr.web.css.CSSFactory;
import cz.vutbr.web.css.CombinedSelector;
import cz.vutbr.web.css.Declaration;
import cz.vutbr.web.css.MediaSpec;
import cz.vutbr.web.css.NodeData;
import cz.vutbr.web.css.RuleBlock;
import cz.vutbr.web.css.RuleSet;
import cz.vutbr.web.css.Selector;
import cz.vutbr.web.css.StyleSheet;
import cz.vutbr.web.domassign.DirectAnalyzer;
import java.io.IOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;

/**
 * Copies a stylesheet's rules into the {@code style} attributes of the elements they match, for mail clients that
 * ignore {@code <style>}. jStyleParser does the CSS work: parsing, selector matching, specificity and the cascade
 * per element. Rules that cannot be inlined ({@code @media}, {@code :hover}, pseudo-elements, other at-rules) are
 * left to the {@code <style>} block the document keeps. A style the element already has wins over inlined rules.
 */
final class CssInliner {

    // jStyleParser logs every parsed rule at INFO and, once, the aural properties it lacks as warnings: noise in
    // the server log. Held in fields because java.util.logging keeps loggers only weakly.
    private static final Logger PARSER_LOG = Logger.getLogger("cz.vutbr.web.csskit");
    private static final Logger PROPERTIES_LOG = Logger.getLogger("cz.vutbr.web.domassign.DeclarationTransformerImpl");
    private static final MediaSpec ANY_MEDIA = new MediaSpec("all");

    /** Cascade order of the declarations an element ends up with: importance and specificity, then source order. */
    private static final Comparator<Declaration> CASCADE = Comparator.<Declaration>naturalOrder()
            .thenComparingInt(d -> d.getSource() == null ? 0 : d.getSource().getLine())
            .thenComparingInt(d -> d.getSource() == null ? 0 : d.getSource().getPosition());

    static {
        PARSER_LOG.setLevel(Level.WARNING);
        PROPERTIES_LOG.setLevel(Level.SEVERE);
    }

    private final StyleSheet inlinable;

    CssInliner(String css) {
        StyleSheet parsed;
        try {
            parsed = CSSFactory.parseString(css, null);
        } catch (IOException | CSSException e) {
            throw new IllegalArgumentException("The e-mail stylesheet cannot be parsed: " + e.getMessage(), e);
        }
        inlinable = CSSFactory.getRuleFactory().createStyleSheet();
        inlinable.unlock();
        for (RuleBlock<?> block : parsed) {
            if (block instanceof RuleSet rules && rules.getSelectors().length > 0 && isStatic(rules)) {
                inlinable.add(rules);
            }
        }
    }

    /** Writes the matching rules into every element's {@code style} attribute, before what it already has. */
    void inline(Document document) {
        W3CDom w3c = new W3CDom();
        org.w3c.dom.Document dom = w3c.fromJsoup(document);
        NodeList domElements = dom.getElementsByTagName("*");
        DirectAnalyzer analyzer = new DirectAnalyzer(inlinable);
        for (int i = 0; i < domElements.getLength(); i++) {
            org.w3c.dom.Element domElement = (org.w3c.dom.Element) domElements.item(i);
            String declarations = winningDeclarations(analyzer.getElementStyle(domElement, null, ANY_MEDIA));
            if (!declarations.isEmpty()) {
                Element element = (Element) domElement.getUserData(W3CDom.SourceProperty);
                String own = element.attr("style").trim();
                element.attr("style", own.isEmpty() ? declarations : declarations + " " + own);
            }
        }
    }

    /**
     * The declarations that decide at least one property, in cascade order, so a later one overrides an earlier
     * one exactly where the cascade says it does (a shorthand followed by the longhand that beat it).
     */
    private static String winningDeclarations(NodeData style) {
        Set<Declaration> winners = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String property : style.getPropertyNames()) {
            Declaration source = style.getSourceDeclaration(property);
            if (source != null) {
                winners.add(source);
            }
        }
        return winners.stream().sorted(CASCADE).map(d -> d.toString().trim()).collect(Collectors.joining(" "));
    }

    /** Whether every selector matches without a state or a pseudo-element, so its rule can be written inline. */
    private static boolean isStatic(RuleSet rules) {
        for (CombinedSelector combined : rules.getSelectors()) {
            for (Selector selector : combined) {
                for (Selector.SelectorPart part : selector) {
                    if (part instanceof Selector.PseudoClass || part instanceof Selector.PseudoElement) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
