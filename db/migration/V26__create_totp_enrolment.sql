-- An account's authenticator app (TOTP, RFC 6238). The secret is stored AES-GCM encrypted with a key from
-- app_secret; last_used_step is the newest 30-second step whose code was accepted, so a code is accepted once
-- however many instances run.
CREATE TABLE totp_enrolment (
    account_id        BIGINT        NOT NULL,
    secret_ciphertext VARBINARY(96) NOT NULL,
    last_used_step    BIGINT        NOT NULL,
    enrolled_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_totp_enrolment_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
