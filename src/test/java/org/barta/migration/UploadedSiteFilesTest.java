package org.barta.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.platform.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedSiteFilesTest {

    private static final Actor ADMIN = new Actor(1L, "admin", Role.ADMIN, "127.0.0.1");

    @TempDir
    Path uploads;

    private final UploadedSiteFiles files = new UploadedSiteFiles();

    @BeforeEach
    void configure() {
        files.zipMaxMegabytes = 1;
        files.unpackedMaxMegabytes = 2;
        files.uploadFolder = Optional.of(uploads.toString());
    }

    @Test
    void onlyTheImagesFolderIsUnpackedAndTheTopFolderIsLeftOut() throws Exception {
        byte[] zip = zip(Map.of(
                "old-site/images/stories/vigil.jpg", "jpeg bytes",
                "old-site/images/docs/report 2015.pdf", "pdf bytes",
                "old-site/configuration.php", "<?php public $password = 'secret';",
                "old-site/templates/images/logo.png", "not the site's images folder"));

        UploadedSiteFiles.Unpacked unpacked = unpack(zip);

        Path root = Path.of(unpacked.root());
        assertThat(unpacked.files()).isEqualTo(2);
        assertThat(unpacked.bytes()).isEqualTo("jpeg bytes".length() + "pdf bytes".length());
        assertThat(root.resolve("images/stories/vigil.jpg")).hasContent("jpeg bytes");
        assertThat(root.resolve("images/docs/report 2015.pdf")).hasContent("pdf bytes");
        try (var all = Files.walk(uploads)) {
            assertThat(all.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString))
                    .as("no code, no configuration, no upload kept").containsExactlyInAnyOrder("vigil.jpg",
                            "report 2015.pdf");
        }
        assertThat(Files.getPosixFilePermissions(root.getParent())).as("private to the server's account")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);

        files.discard(root);
        assertThat(uploads).isEmptyDirectory();
    }

    @Test
    void aFolderBartaDidNotUnpackIsNeverRemoved() throws Exception {
        Path site = Files.createDirectories(uploads.resolve("old-site/images"));
        files.discard(site.getParent());
        assertThat(site).isDirectory();
    }

    @Test
    void anEntryLeadingOutOfItsFolderRefusesTheWholeZip() throws Exception {
        for (String name : new String[] {"images/../../etc/cron.d/job", "/images/abs.jpg", "images\\..\\..\\x.jpg",
                "C:/images/x.jpg"}) {
            byte[] zip = zip(Map.of("images/first.jpg", "fine", name, "escape"));
            assertRefused(zip, "import.zip.unsafePath");
        }
    }

    @Test
    void aZipThatSaysItUnpacksToTwoGigabytesIsRefusedBeforeAnythingIsWritten() throws Exception {
        byte[] zip = declaringSize(zip(Map.of("images/huge.jpg", "small really")), 2L * 1024 * 1024 * 1024);
        assertRefused(zip, "import.zip.unpacksTooLarge");
    }

    @Test
    void anEntryThatUnpacksToMoreThanItSaysStopsAtItsWord() throws Exception {
        byte[] zip = declaringSize(zip(Map.of("images/liar.jpg", "x".repeat(10_000))), 100);
        assertRefused(zip, "import.zip.unpacksTooLarge");
    }

    @Test
    void aZipOverTheUploadLimitIsRefusedByItsSizeBeforeItIsRead() {
        assertThatThrownBy(() -> files.unpack(new ByteArrayInputStream(new byte[0]), 2L * 1024 * 1024 * 1024,
                "images", ADMIN)).isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.zip.tooLarge"));
        assertThat(uploads).isEmptyDirectory();
    }

    @Test
    void aDamagedOrForeignFileIsRefusedAsUnreadable() throws Exception {
        byte[] zip = zip(Map.of("images/a.jpg", "y".repeat(50_000)));
        assertRefused(Arrays.copyOf(zip, zip.length / 2), "import.zip.unreadable");
        assertRefused("PK\u0003\u0004 this is not a zip".getBytes(StandardCharsets.UTF_8), "import.zip.unreadable");
        byte[] damaged = zip.clone();
        for (int i = 60; i < 200; i++) {
            damaged[i] ^= 0x5A;
        }
        assertRefused(damaged, "import.zip.unreadable");
    }

    @Test
    void aZipWithoutTheFolderSaysSo() throws Exception {
        assertRefused(zip(Map.of("wp-content/uploads/a.jpg", "x")), "import.zip.noFolder");
    }

    @Test
    void onlyAdministratorsUpload() throws Exception {
        Actor editor = new Actor(2L, "editor", Role.EDITOR, "127.0.0.1");
        byte[] zip = zip(Map.of("images/a.jpg", "x"));
        assertThatThrownBy(() -> files.unpack(new ByteArrayInputStream(zip), zip.length, "images", editor))
                .isInstanceOf(BusinessException.class);
        assertThat(uploads).isEmptyDirectory();
    }

    private UploadedSiteFiles.Unpacked unpack(byte[] zip) {
        return files.unpack(new ByteArrayInputStream(zip), zip.length, "images", ADMIN);
    }

    private void assertRefused(byte[] zip, String messageKey) {
        assertThatThrownBy(() -> unpack(zip)).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
        assertThat(uploads).as("nothing left behind").isEmptyDirectory();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : new LinkedHashMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The ZIP with its (one) entry's uncompressed size in the central directory changed to {@code size}. */
    private static byte[] declaringSize(byte[] zip, long size) {
        byte[] changed = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(changed).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = changed.length - 22; i >= 0; i--) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, (int) size);
                return changed;
            }
        }
        throw new AssertionError("no central directory");
    }
}
