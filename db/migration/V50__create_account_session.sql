-- One row per signed-in session: what its owner and the administrators see in the session list, and what every
-- admin request checks (SessionGuard): a session whose row is gone has been ended, on whichever instance it runs.
-- The id is a random key that the HTTP session holds, never the container's session id. The device is kept only
-- as the browser and system read from the User-Agent ("Firefox", "Windows"), not the header itself. last_seen_at
-- is written at most once a minute per session.
CREATE TABLE account_session (
    id             CHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    account_id     BIGINT       NOT NULL,
    generation     INT          NOT NULL,
    browser        VARCHAR(40)  NULL,
    platform       VARCHAR(40)  NULL,
    client_address VARCHAR(45)  NOT NULL,
    signed_in_at   DATETIME(3)  NOT NULL,
    last_seen_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_account_session_account (account_id, signed_in_at),
    CONSTRAINT fk_account_session_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
