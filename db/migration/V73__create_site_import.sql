-- Articles brought in from an old site (a Joomla database), keyed on the site and the article's id there: running
-- the import again updates what changed and never duplicates. Translations linked in the old site are one item, so
-- several rows may name the same item, each with its language. The item's version as the import left it tells
-- whether an editor has changed it since (then the import leaves it alone and says so).
CREATE TABLE imported_article (
    source_site  VARCHAR(200) NOT NULL,
    source_id    BIGINT       NOT NULL,
    item_id      BIGINT       NOT NULL,
    language     CHAR(2)      NOT NULL,
    source_hash  CHAR(64)     NOT NULL,
    item_version INT          NOT NULL,
    imported_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (source_site, source_id),
    KEY ix_imported_article_item (item_id),
    CONSTRAINT fk_imported_article_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Each import run and its report, written as it goes (the counts in each article's own transaction), so the newsroom
-- shows the same from any instance. A run whose row stops changing while RUNNING was cut off with its instance.
-- Counts are of old articles: created, updated, unchanged, kept (edited in Barta since, left alone), skipped, failed;
-- old_redirects, of the old site's own redirects (#__redirect_links) kept.
CREATE TABLE site_import (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    source_site  VARCHAR(200)  NOT NULL,
    started_by   VARCHAR(100)  NOT NULL,
    started_at   DATETIME(3)   NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    total        INT           NOT NULL,
    done         INT           NOT NULL,
    created      INT           NOT NULL,
    updated      INT           NOT NULL,
    unchanged    INT           NOT NULL,
    kept         INT           NOT NULL,
    skipped      INT           NOT NULL,
    failed       INT           NOT NULL,
    old_redirects INT          NOT NULL DEFAULT 0,
    failure      VARCHAR(1000) NULL,
    finished_at  DATETIME(3)   NULL,
    updated_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_site_import_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line of a run's report per old article: what happened to it and what was found on the way.
CREATE TABLE site_import_line (
    import_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    source_id  BIGINT        NOT NULL,
    title      VARCHAR(500)  NOT NULL,
    outcome    VARCHAR(16)   NOT NULL,
    item_id    BIGINT        NULL,
    notes      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (import_id, position),
    CONSTRAINT fk_site_import_line FOREIGN KEY (import_id) REFERENCES site_import (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The old site's files brought into the media library, by their path under the old site's folder: a file shown by
-- many articles (or the same bytes under two names) is one media entry, and a re-run uploads nothing again.
CREATE TABLE imported_file (
    source_site   VARCHAR(200) NOT NULL,
    old_path      VARCHAR(500) NOT NULL,
    media_id      BIGINT       NOT NULL,
    source_sha256 CHAR(64)     NOT NULL,
    imported_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (source_site, old_path),
    KEY ix_imported_file_sha (source_site, source_sha256),
    CONSTRAINT fk_imported_file_media FOREIGN KEY (media_id) REFERENCES media_file (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
