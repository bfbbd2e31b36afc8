-- Every bounce and complaint applied to a subscriber, from the bounce mailbox or the complaint endpoint. One row
-- per (report, subscriber): a report read twice counts once. Erasing a subscriber keeps the row without them.
CREATE TABLE bounce_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    subscriber_id BIGINT       NULL,
    edition_id    BIGINT       NULL,
    kind          VARCHAR(16)  NOT NULL,
    status_code   VARCHAR(16)  NULL,
    diagnostic    VARCHAR(500) NULL,
    report_key    CHAR(64)     NOT NULL,
    source        VARCHAR(16)  NOT NULL,
    received_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_bounce_event_report UNIQUE (report_key, subscriber_id),
    KEY ix_bounce_event_subscriber (subscriber_id, kind, received_at),
    CONSTRAINT fk_bounce_event_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id) ON DELETE SET NULL,
    CONSTRAINT ck_bounce_event_kind CHECK (kind IN ('HARD', 'SOFT', 'COMPLAINT')),
    CONSTRAINT ck_bounce_event_source CHECK (source IN ('MAILBOX', 'ENDPOINT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
