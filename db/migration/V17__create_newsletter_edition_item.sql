-- The items an edition carries, in the order editors chose.
CREATE TABLE newsletter_edition_item (
    edition_id BIGINT NOT NULL,
    item_id    BIGINT NOT NULL,
    position   INT    NOT NULL,
    PRIMARY KEY (edition_id, item_id),
    CONSTRAINT fk_edition_item_edition FOREIGN KEY (edition_id) REFERENCES newsletter_edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_edition_item_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
