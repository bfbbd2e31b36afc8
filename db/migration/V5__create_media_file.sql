-- Uploaded images and PDFs. The bytes live in media storage under storage_key; never under the web root.
CREATE TABLE media_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    storage_key   VARCHAR(64)   NOT NULL,
    original_name VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    width         INT           NULL,
    height        INT           NULL,
    sha256        CHAR(64)      NOT NULL,
    alt_en        VARCHAR(500)  NULL,
    alt_bn        VARCHAR(500)  NULL,
    uploaded_by   BIGINT        NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_media_file_storage_key UNIQUE (storage_key),
    KEY ix_media_file_uploaded_at (uploaded_at),
    CONSTRAINT fk_media_file_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
