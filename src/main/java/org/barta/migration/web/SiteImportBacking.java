package org.barta.migration.web;

import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.barta.migration.ImportNote;
import org.barta.migration.SiteImportLine;
import org.barta.migration.SiteImportRun;
import org.barta.migration.SiteImports;
import org.barta.migration.UploadedSiteFiles;
import org.barta.migration.joomla.JoomlaDryRun;
import org.barta.migration.joomla.JoomlaFiles;
import org.barta.migration.joomla.JoomlaImportService;
import org.barta.migration.joomla.JoomlaSource;
import org.barta.migration.joomla.OldSiteSource;
import org.barta.migration.wordpress.WordPressExport;
import org.barta.migration.wordpress.WordPressExports;
import org.barta.migration.wordpress.WordPressSource;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/**
 * The import page: the old Joomla site's address and database (or an old WordPress site's export file), a dry run
 * with each category's proposed kind (the administrator may change any, or skip it), then the import with its
 * progress, and each run's report. The old database's password is kept in this view only, for the dry run and the
 * import it leads to.
 */
@Named
@ViewScoped
public class SiteImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LINES_SHOWN = 2000;
    /** The mapping's value for a category to skip. */
    private static final String SKIP = "";
    private static final Map<String, String> FIELD_OF = Map.ofEntries(
            Map.entry("import.source.siteAddressInvalid", "source:siteAddress"),
            Map.entry("import.source.hostInvalid", "source:host"),
            Map.entry("import.source.portInvalid", "source:port"),
            Map.entry("import.source.databaseInvalid", "source:database"),
            Map.entry("import.source.noDatabase", "source:database"),
            Map.entry("import.source.userInvalid", "source:user"),
            Map.entry("import.source.denied", "source:password"),
            Map.entry("import.source.prefixInvalid", "source:prefix"),
            Map.entry("import.source.notJoomla", "source:prefix"),
            Map.entry("import.source.unreachable", "source:host"),
            Map.entry("import.source.filesFolderInvalid", "source:filesFolder"),
            Map.entry("import.source.filesFolderMissing", "source:filesFolder"),
            Map.entry("import.zip.tooLarge", "source:zip"),
            Map.entry("import.zip.unpacksTooLarge", "source:zip"),
            Map.entry("import.zip.tooManyFiles", "source:zip"),
            Map.entry("import.zip.unsafePath", "source:zip"),
            Map.entry("import.zip.noFolder", "source:zip"),
            Map.entry("import.zip.unreadable", "source:zip"));
    private static final Map<String, String> WORDPRESS_FIELD_OF = Map.ofEntries(
            Map.entry("import.wxr.none", "wordpress:export"),
            Map.entry("import.wxr.tooLarge", "wordpress:export"),
            Map.entry("import.wxr.unreadable", "wordpress:export"),
            Map.entry("import.wxr.doctype", "wordpress:export"),
            Map.entry("import.wxr.notWordPress", "wordpress:export"),
            Map.entry("import.wxr.noSiteAddress", "wordpress:export"),
            Map.entry("import.source.filesFolderInvalid", "wordpress:uploadsFolder"),
            Map.entry("import.source.filesFolderMissing", "wordpress:uploadsFolder"),
            Map.entry("import.zip.tooLarge", "wordpress:uploadsZip"),
            Map.entry("import.zip.unpacksTooLarge", "wordpress:uploadsZip"),
            Map.entry("import.zip.tooManyFiles", "wordpress:uploadsZip"),
            Map.entry("import.zip.unsafePath", "wordpress:uploadsZip"),
            Map.entry("import.zip.noFolder", "wordpress:uploadsZip"),
            Map.entry("import.zip.unreadable", "wordpress:uploadsZip"));

    @Inject
    transient JoomlaImportService joomla;

    @Inject
    transient SiteImports imports;

    @Inject
    transient UploadedSiteFiles uploads;

    @Inject
    transient WordPressExports wordPress;

    @Inject
    transient CurrentEditor editor;

    private String siteAddress;
    private String host = "localhost";
    private int port = 3306;
    private String database;
    private String user;
    private String password;
    private String prefix = "jos_";
    private Language allLanguages = Language.EN;
    private String filesFolder;
    private transient Part zip;
    private UploadedSiteFiles.Unpacked uploaded;
    private OldSiteSource source;
    private transient Part export;
    private transient Part uploadsZip;
    private String uploadsFolder;
    private Language wordPressLanguage = Language.EN;
    private JoomlaDryRun dryRun;
    private final Map<Long, String> kinds = new HashMap<>();
    private Long runId;
    private transient List<SiteImportRun> runs;
    private transient SiteImportRun run;
    private transient List<SiteImportLine> lines;

    /**
     * Reads the old site: its categories with Barta's proposals, and what an import would do. A ZIP of the old
     * site's folder, if one comes with it, is unpacked first and read instead of a folder on the server.
     */
    public void read() {
        try {
            unpack(zip, JoomlaFiles.FOLDER);
            source = new JoomlaSource(siteAddress, host, port, database, user, password, prefix, allLanguages,
                    folder(filesFolder, JoomlaFiles.FOLDER));
            readSource();
        } catch (BusinessException refusal) {
            refused(refusal, FIELD_OF);
        } finally {
            zip = null;
        }
    }

    /**
     * Reads an old WordPress site from its export file, with its {@code wp-content/uploads} from a folder on the
     * server or a ZIP: its categories with Barta's proposals, and what an import would do.
     */
    public void readWordPress() {
        try {
            if (export == null || export.getSize() == 0) {
                throw new BusinessException("import.wxr.none");
            }
            WordPressExport read;
            try (InputStream in = export.getInputStream()) {
                read = wordPress.read(in, export.getSize(), editor.actor());
            } catch (IOException e) {
                throw new BusinessException("import.wxr.unreadable", 0);
            }
            unpack(uploadsZip, WordPressSource.UPLOADS);
            source = new WordPressSource(read, wordPressLanguage, folder(uploadsFolder, WordPressSource.UPLOADS));
            readSource();
        } catch (BusinessException refusal) {
            refused(refusal, WORDPRESS_FIELD_OF);
        } finally {
            export = null;
            uploadsZip = null;
        }
    }

    private void readSource() {
        dryRun = joomla.dryRun(source, null, editor.actor());
        kinds.clear();
        dryRun.categories().forEach(row -> kinds.put(row.category().id(),
                row.kind() == null ? SKIP : row.kind().name()));
    }

    /** The folder typed, else the one unpacked from an upload for this kind of site, else none. */
    private String folder(String typed, String mediaFolder) {
        if (typed != null && !typed.isBlank()) {
            return typed;
        }
        return uploaded != null && uploaded.folder().equals(mediaFolder) ? uploaded.root() : null;
    }

    /** The dry run again, with the kinds as the administrator set them. */
    public void check() {
        try {
            dryRun = joomla.dryRun(requireSource(), mapping(), editor.actor());
        } catch (BusinessException refusal) {
            refused(refusal, FIELD_OF);
        }
    }

    public String start() {
        try {
            long started = joomla.start(requireSource(), mapping(), editor.actor());
            uploaded = null;
            return "/admin/import?faces-redirect=true&run=" + started;
        } catch (BusinessException refusal) {
            refused(refusal, FIELD_OF);
            return null;
        }
    }

    /** Unpacks the {@code folder} of an uploaded ZIP, if one came, in place of an earlier upload. */
    private void unpack(Part file, String folder) {
        if (file == null || file.getSize() == 0) {
            return;
        }
        try (InputStream in = file.getInputStream()) {
            UploadedSiteFiles.Unpacked unpacked = uploads.unpack(in, file.getSize(), folder, editor.actor());
            discardUpload();
            uploaded = unpacked;
            FacesMessages.info(null, "import.zip.unpacked", uploaded.files(),
                    Math.max(1, uploaded.bytes() / (1024 * 1024)), folder);
        } catch (IOException e) {
            throw new BusinessException("import.zip.unreadable");
        }
    }

    /** The ZIP unpacked for a dry run that no import took over is removed with the page. */
    @PreDestroy
    void discardUpload() {
        if (uploaded != null) {
            uploads.discard(Path.of(uploaded.root()));
            uploaded = null;
        }
    }

    public void cancel() {
        try {
            imports.cancel(runId, editor.actor());
            FacesMessages.info(null, "import.cancelled");
            run = null;
        } catch (BusinessException refusal) {
            refused(refusal, FIELD_OF);
        }
    }

    /** The poll's tick: the run and its report are read anew. */
    public void refresh() {
        run = null;
        lines = null;
        runs = null;
    }

    public List<SiteImportRun> getRuns() {
        if (runs == null) {
            runs = imports.recent(editor.actor());
        }
        return runs;
    }

    /** The run chosen by {@code ?run=}, read anew on each request (the page polls it while it runs). */
    public SiteImportRun getRun() {
        if (run == null && runId != null) {
            try {
                run = imports.run(runId, editor.actor());
            } catch (BusinessException notFound) {
                runId = null;
            }
        }
        return run;
    }

    public List<SiteImportLine> getLines() {
        if (lines == null && getRun() != null) {
            lines = imports.lines(runId, 0, LINES_SHOWN, editor.actor());
        }
        return lines;
    }

    /** A report note in the editor's language (a detail that is a message key is translated too). */
    public String words(ImportNote note) {
        return FacesMessages.text(note.kind().messageKey(), note.detail());
    }

    public List<ContentKind> getKindChoices() {
        return List.of(ContentKind.values());
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    private OldSiteSource requireSource() {
        if (source == null) {
            throw new BusinessException("import.readFirst");
        }
        return source;
    }

    private Map<Long, ContentKind> mapping() {
        Map<Long, ContentKind> mapping = new HashMap<>();
        kinds.forEach((category, kind) -> {
            if (kind != null && !kind.isEmpty()) {
                mapping.put(category, ContentKind.valueOf(kind));
            }
        });
        return mapping;
    }

    private void refused(BusinessException refusal, Map<String, String> fieldOf) {
        FacesMessages.error(fieldOf.get(refusal.messageKey()), refusal);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getSiteAddress() {
        return siteAddress;
    }

    public void setSiteAddress(String siteAddress) {
        this.siteAddress = siteAddress;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Language getAllLanguages() {
        return allLanguages;
    }

    public void setAllLanguages(Language allLanguages) {
        this.allLanguages = allLanguages;
    }

    public String getFilesFolder() {
        return filesFolder;
    }

    public void setFilesFolder(String filesFolder) {
        this.filesFolder = filesFolder;
    }

    public Part getExport() {
        return export;
    }

    public void setExport(Part export) {
        this.export = export;
    }

    public Part getUploadsZip() {
        return uploadsZip;
    }

    public void setUploadsZip(Part uploadsZip) {
        this.uploadsZip = uploadsZip;
    }

    public String getUploadsFolder() {
        return uploadsFolder;
    }

    public void setUploadsFolder(String uploadsFolder) {
        this.uploadsFolder = uploadsFolder;
    }

    public Language getWordPressLanguage() {
        return wordPressLanguage;
    }

    public void setWordPressLanguage(Language wordPressLanguage) {
        this.wordPressLanguage = wordPressLanguage;
    }

    public Part getZip() {
        return zip;
    }

    public void setZip(Part zip) {
        this.zip = zip;
    }

    /** The files of the uploaded ZIP this page reads, if there is one. */
    public UploadedSiteFiles.Unpacked getUploaded() {
        return uploaded;
    }

    public long getZipMaxMegabytes() {
        return uploads.zipMaxBytes() / (1024 * 1024);
    }

    public JoomlaDryRun getDryRun() {
        return dryRun;
    }

    public Map<Long, String> getKinds() {
        return kinds;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }
}
