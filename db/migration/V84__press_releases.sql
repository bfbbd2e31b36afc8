-- Press releases: a statement sent by mail to chosen audiences, either when it is published or as an embargoed
-- advance copy before that. A release send is an edition of the RELEASE series, so it has the same ledger,
-- workers, crash recovery, bounce handling and four eyes as every other send.
ALTER TABLE newsletter_edition
    DROP CONSTRAINT ck_edition_series;

ALTER TABLE newsletter_edition
    ADD COLUMN content_item_id BIGINT      NULL AFTER audience_id,
    ADD COLUMN embargo_until   DATETIME(3) NULL AFTER content_item_id,
    ADD COLUMN languages       VARCHAR(16) NULL AFTER embargo_until,
    ADD KEY ix_edition_content_item (content_item_id, state),
    ADD CONSTRAINT fk_edition_content_item FOREIGN KEY (content_item_id) REFERENCES content_item (id),
    ADD CONSTRAINT ck_edition_series CHECK (series IN ('MONTHLY', 'EXTRA', 'RELEASE'));

-- The audiences a send reaches beyond its lead audience (newsletter_edition.audience_id). A subscriber in several
-- of them is queued once: the ledger's key is (edition, subscriber).
CREATE TABLE edition_further_audience (
    edition_id  BIGINT NOT NULL,
    audience_id BIGINT NOT NULL,
    PRIMARY KEY (edition_id, audience_id),
    KEY ix_edition_further_audience (audience_id),
    CONSTRAINT fk_further_audience_edition FOREIGN KEY (edition_id) REFERENCES newsletter_edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_further_audience_audience FOREIGN KEY (audience_id) REFERENCES audience (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
