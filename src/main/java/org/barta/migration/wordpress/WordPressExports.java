package org.barta.migration.wordpress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.barta.accounts.Actor;
import org.barta.migration.SiteImports;
import org.barta.migration.UploadedSiteFiles;
import org.barta.platform.BusinessException;

/** Uploaded WordPress export files, read for administrators only and no larger than an upload may be. */
@ApplicationScoped
public class WordPressExports {

    @Inject
    UploadedSiteFiles uploads;

    /** The export of {@code size} bytes; refusals carry an {@code import.wxr.*} message key. */
    public WordPressExport read(InputStream export, long size, Actor actor) {
        SiteImports.requireAdministrator(actor);
        if (size > uploads.zipMaxBytes()) {
            throw new BusinessException("import.wxr.tooLarge", uploads.zipMaxBytes() / (1024 * 1024));
        }
        return WordPressExportReader.read(export);
    }
}
