-- Files attached to an item, in the order the editor chose.
CREATE TABLE content_attachment (
    item_id  BIGINT NOT NULL,
    position INT    NOT NULL,
    media_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, position),
    KEY ix_content_attachment_media (media_id),
    CONSTRAINT fk_content_attachment_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_content_attachment_media FOREIGN KEY (media_id) REFERENCES media_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
