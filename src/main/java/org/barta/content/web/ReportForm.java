package org.barta.content.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.barta.content.ItemContent;

/** A report's own fields in the item editor: when it was published and its PDF. */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate publicationDate;
    private Long fileId;

    static ReportForm of(ItemContent content) {
        ReportForm form = new ReportForm();
        form.publicationDate = content.publicationDate();
        form.fileId = content.reportFileId();
        return form;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public Long getFileId() {
        return fileId;
    }

    public void setFileId(Long fileId) {
        this.fileId = fileId;
    }
}
