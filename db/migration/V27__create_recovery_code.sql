-- Single-use recovery codes for two-factor sign-in, shown once at enrolment and kept only as SHA-256 hashes
-- (each code carries 120 random bits, so a fast hash cannot be brute-forced).
CREATE TABLE recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_recovery_code UNIQUE (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
