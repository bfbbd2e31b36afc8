package org.barta.content;

/**
 * One field that differs between two revisions. {@code inlineHtml} shows the old and new text merged, deleted
 * words in {@code <del>}, added words in {@code <ins>}, everything else HTML-escaped.
 */
public record FieldChange(String field, Language language, String before, String after, String inlineHtml) {
}
