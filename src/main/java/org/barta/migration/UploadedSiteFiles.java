package org.barta.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.barta.accounts.Actor;
import org.barta.platform.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An old site's files uploaded as a ZIP: only its files folder ({@code images/} of a Joomla site,
 * {@code wp-content/uploads/} of a WordPress one, at the top of the ZIP or in one folder there) is unpacked, into a
 * private folder of its own that the import reads and removes when it ends. Everything else in the ZIP (the old
 * site's code and its configuration with passwords) is never written. The ZIP is refused whole, before anything is
 * unpacked, when it is larger than allowed, says it unpacks to more than allowed, holds an entry that would land
 * outside its folder ({@code ../}, an absolute path) or cannot be read; what it really unpacks to is counted and
 * checked against its CRC too, so an entry that lies about its size stops at it and a damaged one is refused.
 */
@ApplicationScoped
public class UploadedSiteFiles {

    private static final Logger LOG = Logger.getLogger(UploadedSiteFiles.class.getName());
    private static final long MEGABYTE = 1024 * 1024;
    private static final String PREFIX = "barta-import-";
    /** Left over by a server that stopped mid-import or by a page that was left: removed after this. */
    private static final Duration KEPT = Duration.ofDays(1);
    private static final int MAX_ENTRIES = 200_000;
    private static final Pattern UNSAFE = Pattern.compile("(^|/)\\.\\.(/|$)|^/|^[A-Za-z]:|\\x00");

    @Inject
    @ConfigProperty(name = "barta.import.zip-max-mb", defaultValue = "100")
    long zipMaxMegabytes;

    @Inject
    @ConfigProperty(name = "barta.import.unpacked-max-mb", defaultValue = "1024")
    long unpackedMaxMegabytes;

    /** Where uploads are unpacked: a disk with room for them (the system's temporary folder if not set). */
    @Inject
    @ConfigProperty(name = "barta.import.upload-dir")
    Optional<String> uploadFolder;

    /** What an upload became: the folder holding its files folder {@code folder} (a path), and how much it holds. */
    public record Unpacked(String root, String folder, int files, long bytes) implements Serializable {
    }

    public long zipMaxBytes() {
        return zipMaxMegabytes * MEGABYTE;
    }

    /**
     * Unpacks the entries under {@code folder} (such as {@code images}) of the uploaded ZIP of {@code size} bytes
     * into a new private folder. Refusals carry an {@code import.zip.*} message key.
     */
    public Unpacked unpack(InputStream upload, long size, String folder, Actor actor) {
        SiteImports.requireAdministrator(actor);
        if (size > zipMaxBytes()) {
            throw new BusinessException("import.zip.tooLarge", zipMaxMegabytes);
        }
        Path root = null;
        Path zip = null;
        try {
            Path uploads = Files.createDirectories(uploads());
            sweep(uploads);
            root = Files.createTempDirectory(uploads, PREFIX,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            zip = root.resolve("upload.zip");
            if (copy(upload, zip, zipMaxBytes()) < 0) {
                throw new BusinessException("import.zip.tooLarge", zipMaxMegabytes);
            }
            Path files = root.resolve("site");
            Unpacked unpacked = unpack(zip, folder, files);
            Files.delete(zip);
            return unpacked;
        } catch (IOException e) {
            delete(root);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            delete(root);
            throw refused;
        }
    }

    /** Removes an unpacked upload once its import no longer needs it; a folder Barta did not unpack stays. */
    public void discard(Path root) {
        if (isUnpacked(root)) {
            delete(root.getParent());
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the unpacked upload " + folder, e);
        }
    }

    /** True for a folder this class unpacked (the {@link Unpacked#root()} of an upload). */
    public boolean isUnpacked(Path root) {
        Path parent = root.toAbsolutePath().normalize().getParent();
        return parent != null && parent.getFileName().toString().startsWith(PREFIX)
                && parent.getParent() != null && parent.getParent().equals(uploads());
    }

    private Unpacked unpack(Path zip, String folder, Path files) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<ZipEntry> wanted = new ArrayList<>();
            Pattern inFolder = Pattern.compile("^((?:[^/]+/)?)" + Pattern.quote(folder) + "/(.+)$");
            String top = null;
            long declared = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> all = archive.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new BusinessException("import.zip.tooManyFiles", MAX_ENTRIES);
                }
                String name = entry.getName().replace('\\', '/');
                if (UNSAFE.matcher(name).find()) {
                    throw new BusinessException("import.zip.unsafePath", name);
                }
                Matcher match = inFolder.matcher(name);
                if (entry.isDirectory() || !match.matches() || (top != null && !top.equals(match.group(1)))) {
                    continue;
                }
                top = match.group(1);
                wanted.add(entry);
                declared += Math.max(0, entry.getSize());
            }
            if (declared > unpackedMaxMegabytes * MEGABYTE) {
                throw new BusinessException("import.zip.unpacksTooLarge", unpackedMaxMegabytes);
            }
            if (wanted.isEmpty()) {
                throw new BusinessException("import.zip.noFolder", folder);
            }
            long left = unpackedMaxMegabytes * MEGABYTE;
            Path base = files.resolve(folder).normalize();
            for (ZipEntry entry : wanted) {
                String name = entry.getName().replace('\\', '/');
                Path target = base.resolve(name.substring(top.length() + folder.length() + 1)).normalize();
                if (!target.startsWith(base)) {
                    throw new BusinessException("import.zip.unsafePath", name);
                }
                Files.createDirectories(target.getParent());
                try (CheckedInputStream in = new CheckedInputStream(archive.getInputStream(entry), new CRC32())) {
                    long limit = entry.getSize() >= 0 ? Math.min(entry.getSize(), left) : left;
                    long written = copy(in, target, limit);
                    if (written < 0) {
                        throw new BusinessException("import.zip.unpacksTooLarge", unpackedMaxMegabytes);
                    }
                    if (entry.getCrc() != -1 && in.getChecksum().getValue() != entry.getCrc()) {
                        throw new BusinessException("import.zip.unreadable");
                    }
                    left -= written;
                }
            }
            return new Unpacked(files.toString(), folder, wanted.size(), unpackedMaxMegabytes * MEGABYTE - left);
        } catch (ZipException | EOFException | IllegalArgumentException unreadable) {
            throw new BusinessException("import.zip.unreadable");
        }
    }

    /** Copies at most {@code limit} bytes and says how many; -1 when there were more. */
    private static long copy(InputStream in, Path target, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > limit) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /** Removes uploads left behind longer than a day (a server stopped mid-import, a page that was left). */
    private static void sweep(Path uploads) {
        Instant before = Instant.now().minus(KEPT);
        try (Stream<Path> folders = Files.list(uploads)) {
            folders.filter(folder -> folder.getFileName().toString().startsWith(PREFIX))
                    .filter(folder -> modified(folder).map(at -> at.isBefore(before)).orElse(false))
                    .forEach(UploadedSiteFiles::delete);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not look for old uploads to remove", e);
        }
    }

    private static Optional<Instant> modified(Path folder) {
        try {
            return Optional.of(Files.getLastModifiedTime(folder).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path uploads() {
        return Path.of(uploadFolder.orElse(System.getProperty("java.io.tmpdir"))).toAbsolutePath().normalize();
    }

}
