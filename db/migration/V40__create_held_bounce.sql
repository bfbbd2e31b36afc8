-- Bounces and complaints read from the bounce mailbox that carry no VERP address whose tag verifies, while VERP
-- is configured: anyone can mail such a report, so it changes nobody until an editor applies or dismisses it.
-- One row per (report, subscriber); erasing the subscriber erases what was held about them.
CREATE TABLE held_bounce (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    subscriber_id BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    status_code   VARCHAR(16)  NULL,
    diagnostic    VARCHAR(500) NULL,
    report_key    CHAR(64)     NOT NULL,
    reason        VARCHAR(16)  NOT NULL,
    received_at   DATETIME(3)  NOT NULL,
    decision      VARCHAR(16)  NULL,
    decided_at    DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_held_bounce_report UNIQUE (report_key, subscriber_id),
    KEY ix_held_bounce_open (decision, received_at),
    CONSTRAINT fk_held_bounce_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id) ON DELETE CASCADE,
    CONSTRAINT ck_held_bounce_kind CHECK (kind IN ('HARD', 'SOFT', 'COMPLAINT')),
    CONSTRAINT ck_held_bounce_reason CHECK (reason IN ('NO_VERP', 'BAD_TAG')),
    CONSTRAINT ck_held_bounce_decision CHECK (decision IS NULL OR decision IN ('APPLIED', 'DISMISSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
