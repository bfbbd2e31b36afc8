-- Each subscriber import's progress and report, written as it goes, so that every instance shows the same (the
-- import itself runs on the instance that started it). An import whose row stops changing while it says RUNNING
-- was cut off with its instance. Kept a day after it ends, like the report the editor downloads.
CREATE TABLE subscriber_import (
    id                VARCHAR(36)   NOT NULL,
    file_name         VARCHAR(255)  NOT NULL,
    started_by        VARCHAR(100)  NOT NULL,
    consent           VARCHAR(32)   NOT NULL,
    total_rows        BIGINT        NOT NULL,
    started_at        DATETIME(3)   NOT NULL,
    rows_done         BIGINT        NOT NULL,
    outcome_counts    VARCHAR(1000) NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    failure_key       VARCHAR(100)  NULL,
    failure_arguments VARCHAR(1000) NULL,
    finished_at       DATETIME(3)   NULL,
    updated_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_subscriber_import_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subscriber_import_refusal (
    import_id   VARCHAR(36)  NOT NULL,
    line_number BIGINT       NOT NULL,
    email       VARCHAR(320) NULL,
    outcome     VARCHAR(32)  NOT NULL,
    PRIMARY KEY (import_id, line_number),
    CONSTRAINT fk_subscriber_import_refusal FOREIGN KEY (import_id) REFERENCES subscriber_import (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
