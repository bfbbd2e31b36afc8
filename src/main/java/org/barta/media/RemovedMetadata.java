package org.barta.media;

/** What an upload carried that was removed before storing it; each names a message the editor is shown. */
public enum RemovedMetadata {
    GPS_LOCATION("media.metadata.location"),
    CAMERA("media.metadata.camera"),
    DATE_TAKEN("media.metadata.dateTaken"),
    AUTHOR("media.metadata.author"),
    OTHER("media.metadata.other");

    private final String messageKey;

    RemovedMetadata(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
