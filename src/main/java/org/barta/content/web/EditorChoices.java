package org.barta.content.web;

import java.io.Serializable;
import java.util.List;
import org.barta.content.ContentService;
import org.barta.content.Tag;
import org.barta.media.MediaFile;
import org.barta.media.MediaService;

/**
 * What the item editor's menus offer: images (featured image, image to insert), files (attachments, a report's PDF)
 * and tags, newest media first. Read once when the page opens, tags again when the editor adds one.
 */
public class EditorChoices implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MEDIA_CHOICES = 500;

    private List<MediaFile> images = List.of();
    private List<MediaFile> files = List.of();
    private List<Tag> tags = List.of();

    void load(MediaService media, ContentService content) {
        images = media.browse(null, true, 0, MEDIA_CHOICES);
        files = media.browse(null, false, 0, MEDIA_CHOICES);
        reloadTags(content);
    }

    void reloadTags(ContentService content) {
        tags = content.allTags();
    }

    public List<MediaFile> getImages() {
        return images;
    }

    public List<MediaFile> getFiles() {
        return files;
    }

    public List<Tag> getTags() {
        return tags;
    }
}
