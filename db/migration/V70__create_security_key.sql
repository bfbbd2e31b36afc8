-- Security keys and passkeys (WebAuthn) registered as a second factor. The credential id is what the browser names
-- the key by (up to 1,023 bytes by the spec); the public key is the COSE key the authenticator made, the only thing
-- needed to check its signatures. sign_count is the authenticator's signature counter: it must grow with every use
-- once it is non-zero, or the key may have been cloned. user_handle is the random id the authenticator stores for
-- the account (the same for all of an account's keys), never its name. Transports are hints for the browser
-- ("usb,nfc", "internal").
CREATE TABLE security_key (
    id             BIGINT          NOT NULL AUTO_INCREMENT,
    account_id     BIGINT          NOT NULL,
    credential_id  VARBINARY(1023) NOT NULL,
    public_key     VARBINARY(2048) NOT NULL,
    user_handle    VARBINARY(64)   NOT NULL,
    sign_count     BIGINT          NOT NULL,
    backup_eligible BOOLEAN        NOT NULL,
    transports     VARCHAR(100)    NULL,
    name           VARCHAR(60)     NOT NULL,
    created_at     DATETIME(3)     NOT NULL,
    last_used_at   DATETIME(3)     NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_security_key_credential UNIQUE (credential_id),
    KEY ix_security_key_account (account_id, created_at),
    CONSTRAINT fk_security_key_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
