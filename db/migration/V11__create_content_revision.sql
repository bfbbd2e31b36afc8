-- Every save of an item: who, when, what action, and the full state as JSON (for diff and restore).
CREATE TABLE content_revision (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    item_id    BIGINT      NOT NULL,
    number     INT         NOT NULL,
    created_at DATETIME(3) NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    action     VARCHAR(32) NOT NULL,
    changed    VARCHAR(1000) NULL,
    snapshot   MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_content_revision_item_number UNIQUE (item_id, number),
    CONSTRAINT fk_content_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
