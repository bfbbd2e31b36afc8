-- Newsletter subscribers. Nothing is ever sent to an address that is not CONFIRMED.
CREATE TABLE subscriber (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    email                VARCHAR(254) NOT NULL,
    name                 VARCHAR(200) NULL,
    language             CHAR(2)      NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    source               VARCHAR(16)  NOT NULL,
    link_nonce           CHAR(22)     NOT NULL,
    created_at           DATETIME(3)  NOT NULL,
    confirmed_at         DATETIME(3)  NULL,
    unsubscribed_at      DATETIME(3)  NULL,
    consent_at           DATETIME(3)  NULL,
    consent_address      VARCHAR(64)  NULL,
    consent_text_version VARCHAR(32)  NULL,
    confirmation_sent_at DATETIME(3)  NULL,
    version              INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_subscriber_email UNIQUE (email),
    KEY ix_subscriber_status_language (status, language),
    CONSTRAINT ck_subscriber_status CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED', 'BOUNCED', 'COMPLAINED')),
    CONSTRAINT ck_subscriber_language CHECK (language IN ('en', 'bn'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
