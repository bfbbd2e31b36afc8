package org.barta.migration.joomla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.barta.accounts.Actor;
import org.barta.media.MediaFile;
import org.barta.media.MediaService;
import org.barta.migration.ImportedFileRepository;
import org.barta.platform.BusinessException;
import org.barta.site.redirect.RedirectService;

/**
 * Brings one old file into the media library, in its own transaction (before the items that show it: a file is
 * there for every item that needs it, whatever becomes of one of them): once per old path, once per content (the
 * same bytes under another name are the same entry), through the media library's own checks (type, size, metadata
 * removed). Its old address becomes a redirect to the new one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JoomlaFileLanding {

    /** The media entry an old file became. */
    public record Landed(long mediaId, String address, boolean image) {
    }

    @Inject
    MediaService media;

    @Inject
    ImportedFileRepository files;

    @Inject
    RedirectService redirects;

    /**
     * The old files the site's earlier imports brought in (old path → entry), read at once so that a run over a
     * site imported before asks the database nothing per file.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Landed> known(String site) {
        Map<String, Long> paths = files.all(site);
        Map<Long, MediaFile> entries = new HashMap<>();
        media.byIds(paths.values()).forEach(entry -> entries.put(entry.getId(), entry));
        Map<String, Landed> known = new HashMap<>();
        paths.forEach((path, id) -> {
            MediaFile entry = entries.get(id);
            if (entry != null) {
                known.put(path, landed(entry));
            }
        });
        return known;
    }

    /** The media entry for the old file {@code oldPath}, found at {@code file}; refused files throw as uploads do. */
    public Landed land(String site, String oldPath, Path file, Actor actor) {
        Optional<MediaFile> known = files.mediaOf(site, oldPath).flatMap(this::existing);
        if (known.isPresent()) {
            return landed(known.get());
        }
        String sha256 = sha256(file);
        MediaFile entry = files.mediaWithBytes(site, sha256).flatMap(this::existing).orElseGet(() -> upload(file,
                actor));
        files.put(site, oldPath, entry.getId(), sha256);
        redirects.keepImportedAddress("/" + oldPath, entry.getUrl());
        return landed(entry);
    }

    private MediaFile upload(Path file, Actor actor) {
        try (InputStream in = Files.newInputStream(file)) {
            return media.upload(file.getFileName().toString(), in, actor).file();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** The entry, unless an editor deleted it since (then the file is brought in again). */
    private Optional<MediaFile> existing(long mediaId) {
        try {
            return Optional.of(media.load(mediaId));
        } catch (BusinessException deleted) {
            return Optional.empty();
        }
    }

    private static Landed landed(MediaFile file) {
        return new Landed(file.getId(), file.getUrl(), file.isImage());
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
