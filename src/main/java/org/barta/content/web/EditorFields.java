package org.barta.content.web;

import jakarta.validation.Path;
import org.barta.content.ContentRefused;
import org.barta.content.Language;
import org.barta.platform.BusinessException;

/**
 * Where the item editor shows a message about one field: beside the field's component, a language's text in that
 * language's tab ({@code editor:languages:title_bn}), the kind's fields in the form ({@code editor:website}). A
 * message about no field (null) is shown at the top of the page.
 */
final class EditorFields {

    private EditorFields() {
    }

    /** The field a form rule's violation concerns, from its property path ({@code text[BN].title}). */
    static String clientId(Path path) {
        String field = null;
        Language language = null;
        for (Path.Node node : path) {
            if (node.getKey() instanceof Language key) {
                language = key;
            }
            field = node.getName();
        }
        return field == null ? null : clientId(field, language);
    }

    /** The field a refusal of the service concerns, if its reason names one. */
    static String clientId(BusinessException refusal) {
        return refusal instanceof ContentRefused typed
                ? typed.reason().field().map(field -> clientId(field, typed.language().orElse(null))).orElse(null)
                : null;
    }

    static String clientId(String field, Language language) {
        return language == null ? "editor:" + field : "editor:languages:" + field + "_" + language.code();
    }
}
