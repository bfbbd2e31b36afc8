-- The send ledger: one row per (edition, recipient), created in one statement when the send starts. Workers
-- claim QUEUED rows (FOR UPDATE SKIP LOCKED) under a lease, send outside the transaction, then record SENT or
-- FAILED. A CLAIMED row whose lease ran out belonged to a worker that died: it is queued again, marked uncertain.
-- Rows go with the subscriber when a subscriber erases themselves.
CREATE TABLE newsletter_delivery (
    edition_id      BIGINT       NOT NULL,
    subscriber_id   BIGINT       NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    uncertain       BOOLEAN      NOT NULL DEFAULT FALSE,
    attempts        SMALLINT     NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)  NOT NULL,
    claimed_by      VARCHAR(64)  NULL,
    lease_until     DATETIME(3)  NULL,
    sent_at         DATETIME(3)  NULL,
    smtp_reply      VARCHAR(300) NULL,
    message_id      VARCHAR(200) NULL,
    last_error      VARCHAR(500) NULL,
    PRIMARY KEY (edition_id, subscriber_id),
    KEY ix_delivery_queue (edition_id, state, next_attempt_at),
    KEY ix_delivery_subscriber (subscriber_id),
    CONSTRAINT fk_delivery_edition FOREIGN KEY (edition_id) REFERENCES newsletter_edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_delivery_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id) ON DELETE CASCADE,
    CONSTRAINT ck_delivery_state CHECK (state IN ('QUEUED', 'CLAIMED', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
