package org.barta.media.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.barta.accounts.web.CurrentEditor;
import org.barta.media.MediaFile;
import org.barta.media.MediaService;
import org.barta.media.UploadResult;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;
import org.barta.platform.web.PagedModel;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The media library page: drag-and-drop upload with progress (each result says what metadata was removed),
 * search, alt text, delete (refused while in use).
 */
@Named
@ViewScoped
public class MediaLibraryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MediaService media;

    @Inject
    transient CurrentEditor editor;

    private String search;
    private boolean imagesOnly;

    private final PagedModel<MediaFile> files = new PagedModel<>(() -> media.count(search, imagesOnly),
            (first, size, sortField, ascending) -> media.browse(search, imagesOnly, first, size), MediaFile::getId);

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            UploadResult stored = media.upload(file.getFileName(), in, editor.actor());
            String name = stored.file().getOriginalName();
            if (stored.removed().isEmpty()) {
                FacesMessages.info(null, "media.uploaded", name);
            } else {
                FacesMessages.info(null, "media.uploadedCleaned", name, stored.removed().stream().sorted()
                        .map(kind -> FacesMessages.text(kind.messageKey())).collect(Collectors.joining(", ")));
            }
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        } catch (IOException e) {
            FacesMessages.error(null, "media.uploadFailed");
        }
    }

    public void delete(long id) {
        try {
            media.delete(id, editor.actor());
            FacesMessages.info(null, "media.deleted");
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public long getMaxUploadBytes() {
        return media.maxUploadBytes();
    }

    public PagedModel<MediaFile> getFiles() {
        return files;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isImagesOnly() {
        return imagesOnly;
    }

    public void setImagesOnly(boolean imagesOnly) {
        this.imagesOnly = imagesOnly;
    }
}
