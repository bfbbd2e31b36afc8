package org.barta.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/** Sample uploads made byte by byte: a photo with GPS and camera EXIF, image bombs, PNG and WebP with metadata. */
public final class MediaSamples {

    public static final String CAMERA_MODEL = "WitnessCam X100";
    public static final String AUTHOR = "Field Reporter Rahim";
    /** A 1×1 lossless WebP, the smallest well-formed one. */
    private static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    private static final String XMP = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " exif:GPSLatitude=\"23,48.5N\" exif:GPSLongitude=\"90,24.7E\"><dc:creator>" + AUTHOR + "</dc:creator>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta>";

    private MediaSamples() {
    }

    public static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(138, 21, 56));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG from ImageIO with an EXIF APP1 segment (camera make and model, date taken, GPS position) after SOI. */
    public static byte[] jpegWithGps(int width, int height) {
        return jpegWithExif(width, height, exif(0));
    }

    /** {@link #jpegWithGps} taken with the camera turned: its EXIF also says "rotate 90° clockwise" (6). */
    public static byte[] jpegTurned(int width, int height) {
        return jpegWithExif(width, height, exif(6));
    }

    private static byte[] jpegWithExif(int width, int height, byte[] exif) {
        byte[] jpeg = image(width, height, "jpg");
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(app1.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * "Exif\0\0" and a big-endian TIFF: IFD0 with Make, Model, DateTime, the orientation (unless 0) and a GPS IFD
     * with latitude N 23°48'.
     */
    static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(512).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        int ifd0 = 8;
        int entries = orientation == 0 ? 4 : 5;
        int gpsIfd = ifd0 + 2 + entries * 12 + 4;
        int gpsEntries = 2;
        int strings = gpsIfd + 2 + gpsEntries * 12 + 4;
        byte[] make = ascii("WitnessCam\0");
        byte[] model = ascii(CAMERA_MODEL + "\0");
        byte[] date = ascii("2025:03:14 09:26:53\0");
        int makeAt = strings;
        int modelAt = makeAt + make.length;
        int dateAt = modelAt + model.length;
        int latitudeAt = dateAt + date.length;
        tiff.position(ifd0);
        tiff.putShort((short) entries);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        entry(tiff, 0x0110, 2, model.length, modelAt);
        if (orientation != 0) {
            tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        }
        entry(tiff, 0x0132, 2, date.length, dateAt);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) gpsEntries);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
        entry(tiff, 0x0002, 5, 3, latitudeAt);
        tiff.putInt(0);
        tiff.put(make).put(model).put(date);
        tiff.putInt(23).putInt(1).putInt(48).putInt(1).putInt(30).putInt(1);
        byte[] header = ascii("Exif\0\0");
        ByteBuffer block = ByteBuffer.allocate(header.length + tiff.position());
        return block.put(header).put(tiff.array(), 0, tiff.position()).array();
    }

    /** A PNG that declares width × height pixels in a valid IHDR but carries only one tiny compressed row. */
    public static byte[] pngBomb(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", deflate(new byte[1024]));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A PNG from ImageIO with an eXIf chunk (GPS, camera) and a tEXt "Author" note before its image data. */
    public static byte[] pngWithMetadata(int width, int height) {
        byte[] png = image(width, height, "png");
        int afterIhdr = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        byte[] exif = exif(0);
        chunk(out, "eXIf", Arrays.copyOfRange(exif, 6, exif.length));
        chunk(out, "tEXt", ascii("Author\0" + AUTHOR));
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    /** A 1×1 extended WebP (VP8X with the EXIF and XMP flags) carrying EXIF and XMP chunks. */
    public static byte[] webpWithMetadata() {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x08 | 0x04;
        riffChunk(chunks, "VP8X", vp8x);
        chunks.write(WEBP_1X1, 12, WEBP_1X1.length - 12);
        riffChunk(chunks, "EXIF", exif(0));
        riffChunk(chunks, "XMP ", XMP.getBytes(StandardCharsets.UTF_8));
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt(4 + chunks.size()).put(ascii("WEBP"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    /** A one-page PDF whose information dictionary and XMP name its author and the software that made it. */
    public static byte[] pdfWithAuthor() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setAuthor(AUTHOR);
            info.setCreator("Word for Field Office");
            info.setProducer("Scanner Suite 9");
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(XMP.getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(8).putInt(data.length).put(ascii(type));
        png.writeBytes(header.array());
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void riffChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ascii(type));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, n);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
