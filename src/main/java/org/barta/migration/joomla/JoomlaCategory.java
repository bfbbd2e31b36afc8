package org.barta.migration.joomla;

import java.io.Serializable;

/** A category of articles on the old site ({@code #__categories}, {@code extension = 'com_content'}). */
public record JoomlaCategory(long id, long parentId, String title, String alias, String path, int published)
        implements Serializable {
}
