package org.barta.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A report or publication: when it came out and its PDF in the media library. */
@Embeddable
public class ReportDetails {

    @Column(name = "publication_date")
    private LocalDate publicationDate;

    @Column(name = "report_file_id")
    private Long fileId;

    public ReportDetails() {
    }

    public ReportDetails(LocalDate publicationDate, Long fileId) {
        this.publicationDate = publicationDate;
        this.fileId = fileId;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public Long getFileId() {
        return fileId;
    }
}
