-- Secrets the application makes for itself on first start (e.g. the key that signs subscriber links), shared
-- by every instance and kept across restarts.
CREATE TABLE app_secret (
    name       VARCHAR(64)  NOT NULL,
    value      VARCHAR(128) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
