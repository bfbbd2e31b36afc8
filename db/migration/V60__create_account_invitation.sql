-- An administrator invites a person by e-mail; the person chooses their own password through a one-time link, and
-- only then does the account exist. Only the SHA-256 of the link's token is kept (it carries 256 random bits, so a
-- fast hash cannot be brute-forced). A row stays after use or revocation: the accounts page and the audit log
-- name it, and a used or revoked link is answered as such.
CREATE TABLE account_invitation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    username     VARCHAR(64)  NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(254) NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    token_hash   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    invited_by   BIGINT       NULL,
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    used_at      DATETIME(3)  NULL,
    revoked_at   DATETIME(3)  NULL,
    account_id   BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_invitation_token UNIQUE (token_hash),
    KEY ix_account_invitation_username (username),
    KEY ix_account_invitation_invited_by (invited_by),
    CONSTRAINT ck_account_invitation_role CHECK (role IN ('ADMIN', 'EDITOR', 'AUTHOR')),
    CONSTRAINT fk_account_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_account_invitation_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
