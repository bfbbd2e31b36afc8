-- Messages in the bounce mailbox that are neither a delivery status notification nor an abuse report we can
-- read. They stay in the mailbox for a person to look at; this list keeps the job from reading them again.
CREATE TABLE bounce_unreadable (
    report_key    CHAR(64)     NOT NULL,
    message_id    VARCHAR(255) NULL,
    reason        VARCHAR(500) NOT NULL,
    first_seen_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (report_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
