-- Old addresses answered with a permanent redirect: to an item in a language (its address as it is now, so a later
-- slug change needs no new row) or to a fixed address on this site. Made by editors, by a slug change of an item
-- that has been public, and by imports. Hits are counted, nothing about who asked.
CREATE TABLE redirect (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    source          VARCHAR(500) NOT NULL,
    target_item_id  BIGINT       NULL,
    target_language CHAR(2)      NULL,
    target_address  VARCHAR(500) NULL,
    origin          VARCHAR(16)  NOT NULL,
    hits            BIGINT       NOT NULL DEFAULT 0,
    last_hit_at     DATETIME(3)  NULL,
    created_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_redirect_source UNIQUE (source),
    CONSTRAINT ck_redirect_target CHECK ((target_item_id IS NULL) <> (target_address IS NULL)),
    CONSTRAINT ck_redirect_origin CHECK (origin IN ('EDITOR', 'SLUG_CHANGE', 'IMPORT')),
    CONSTRAINT fk_redirect_item FOREIGN KEY (target_item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Addresses people still arrive at and find nothing (404), so editors can point them somewhere: the path only (a
-- query string may carry personal data), how often, first and last time.
CREATE TABLE missing_address (
    address       VARCHAR(500) NOT NULL,
    hits          BIGINT       NOT NULL,
    first_seen_at DATETIME(3)  NOT NULL,
    last_seen_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (address),
    KEY ix_missing_address_hits (hits)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
