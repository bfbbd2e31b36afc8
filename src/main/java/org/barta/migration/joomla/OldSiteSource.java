package org.barta.migration.joomla;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.barta.content.Language;
import org.barta.platform.BusinessException;

/**
 * Where an old site is read from and what names it: its host (how Barta records what came from where), the
 * language of articles marked for all languages, its folder of files ({@link #mediaFolder()}, such as
 * {@code images} of a Joomla site) if one was given or uploaded, and how to open it.
 */
public interface OldSiteSource extends Serializable {

    /** The old site's host name, lower case. */
    String site();

    Language allLanguages();

    /** The folder given for the old site's files (a path on the server), or null. */
    String filesFolder();

    /** The folder under the old site's folder that holds its images and documents, the only one read. */
    String mediaFolder();

    OldSite open();

    /** The old site's folder, if one was given; refused if it holds no {@link #mediaFolder()} Barta can read. */
    default Optional<Path> filesRoot() {
        if (filesFolder() == null) {
            return Optional.empty();
        }
        Path root = Path.of(filesFolder()).normalize();
        Path media = Path.of(mediaFolder());
        Path inside = root;
        if (root.endsWith(media)) {
            for (int i = 0; i < media.getNameCount() && inside != null; i++) {
                inside = inside.getParent();
            }
        }
        if (inside == null || !Files.isDirectory(inside.resolve(media)) || !Files.isReadable(inside)) {
            throw new BusinessException("import.source.filesFolderMissing", filesFolder());
        }
        return Optional.of(inside);
    }
}
