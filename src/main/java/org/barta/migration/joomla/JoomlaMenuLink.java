package org.barta.migration.joomla;

/**
 * A published menu item of the old site that shows content: its path (the address Joomla built from it, without
 * language prefix) and the category or article it shows.
 */
public record JoomlaMenuLink(String path, Target target, long id) {

    public enum Target { ARTICLE, CATEGORY }
}
