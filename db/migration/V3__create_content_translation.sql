-- The English and/or Bangla text of an item; an item may exist in one language before the other.
CREATE TABLE content_translation (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    item_id  BIGINT       NOT NULL,
    language CHAR(2)      NOT NULL,
    title    VARCHAR(500) NOT NULL,
    slug     VARCHAR(200) NOT NULL,
    summary  TEXT         NULL,
    body     MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_content_translation_item_language UNIQUE (item_id, language),
    CONSTRAINT uq_content_translation_language_slug UNIQUE (language, slug),
    CONSTRAINT fk_content_translation_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_content_translation_language CHECK (language IN ('en', 'bn'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
