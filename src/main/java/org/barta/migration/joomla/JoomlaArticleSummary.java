package org.barta.migration.joomla;

/** What a dry run needs of an article, without its text: where it is, in which language and state. */
public record JoomlaArticleSummary(long id, String title, long categoryId, int state, String language) {
}
