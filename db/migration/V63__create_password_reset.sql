-- Single-use links that set a new password: "forgotten password" mails (purpose RESET, 30 minutes) and the
-- server-log link for a locked-out administrator (RECOVERY, BARTA_RECOVER_ADMIN, 30 minutes). Only the SHA-256 of
-- the 256-bit token is kept. Using one deletes every link of the account, so the others stop working too.
CREATE TABLE password_reset (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(16) NOT NULL,
    token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    KEY ix_password_reset_account (account_id),
    CONSTRAINT ck_password_reset_purpose CHECK (purpose IN ('RESET', 'RECOVERY')),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
