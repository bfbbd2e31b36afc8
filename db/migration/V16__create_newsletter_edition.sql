-- A monthly newsletter edition: what it says per language, which items it carries (newsletter_edition_item) and
-- where its sending stands. The send itself is recorded per recipient in newsletter_delivery.
CREATE TABLE newsletter_edition (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    number           INT          NOT NULL,
    month            DATE         NOT NULL,
    subject_en       VARCHAR(200) NULL,
    subject_bn       VARCHAR(200) NULL,
    intro_en         MEDIUMTEXT   NULL,
    intro_bn         MEDIUMTEXT   NULL,
    state            VARCHAR(16)  NOT NULL,
    covers_from      DATETIME(3)  NOT NULL,
    covers_to        DATETIME(3)  NOT NULL,
    send_at          DATETIME(3)  NULL,
    approved_by      BIGINT       NULL,
    approved_at      DATETIME(3)  NULL,
    send_started_at  DATETIME(3)  NULL,
    send_finished_at DATETIME(3)  NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_edition_number UNIQUE (number),
    CONSTRAINT uq_edition_month UNIQUE (month),
    KEY ix_edition_state (state),
    CONSTRAINT fk_edition_approved_by FOREIGN KEY (approved_by) REFERENCES account (id),
    CONSTRAINT ck_edition_state CHECK (state IN ('DRAFT', 'APPROVED', 'SENDING', 'PAUSED', 'SENT', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
