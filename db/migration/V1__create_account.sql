-- Editors, authors and administrators who sign in to /admin/.
CREATE TABLE account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    username           VARCHAR(64)  NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    email              VARCHAR(254) NULL,
    password_hash      VARCHAR(400) NOT NULL,
    role               VARCHAR(16)  NOT NULL,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    preferred_language CHAR(2)      NOT NULL DEFAULT 'en',
    created_at         DATETIME(3)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'EDITOR', 'AUTHOR')),
    CONSTRAINT ck_account_language CHECK (preferred_language IN ('en', 'bn'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
