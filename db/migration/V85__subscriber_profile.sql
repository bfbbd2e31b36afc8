-- What a press office knows about a subscriber: organisation, role or beat, district and country (ISO 3166-1
-- alpha-2, upper case), and free tags. Erasing a subscriber deletes the row, so the profile goes with it and the
-- tags by the cascade.
ALTER TABLE subscriber
    ADD COLUMN organisation VARCHAR(200) NULL AFTER name,
    ADD COLUMN beat         VARCHAR(100) NULL AFTER organisation,
    ADD COLUMN district     VARCHAR(100) NULL AFTER beat,
    ADD COLUMN country      CHAR(2)      NULL AFTER district,
    ADD KEY ix_subscriber_country_district (country, district),
    ADD CONSTRAINT ck_subscriber_country CHECK (country IS NULL OR country REGEXP BINARY '^[A-Z]{2}$');

-- Free tags, stored lower-case; segments look subscribers up by tag.
CREATE TABLE subscriber_tag (
    subscriber_id BIGINT      NOT NULL,
    tag           VARCHAR(50) NOT NULL,
    PRIMARY KEY (subscriber_id, tag),
    KEY ix_subscriber_tag_tag (tag, subscriber_id),
    CONSTRAINT fk_subscriber_tag_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A segment is an audience narrowed by profile filters (null: any), saved under a name unique in its audience.
-- Organisation and beat match when they contain the value; the others match exactly.
CREATE TABLE audience_segment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    audience_id  BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    organisation VARCHAR(200) NULL,
    beat         VARCHAR(100) NULL,
    district     VARCHAR(100) NULL,
    country      CHAR(2)      NULL,
    tag          VARCHAR(50)  NULL,
    language     CHAR(2)      NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_audience_segment_name UNIQUE (audience_id, name),
    CONSTRAINT fk_audience_segment_audience FOREIGN KEY (audience_id) REFERENCES audience (id),
    CONSTRAINT ck_audience_segment_language CHECK (language IS NULL OR language IN ('en', 'bn'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
