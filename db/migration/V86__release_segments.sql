-- A release may reach an audience through one of its saved segments only: the audience stays the send's (its
-- List-Id, its one-click link), but only the members the segment's filters match when the send starts are queued.
-- A segment a send names cannot be deleted (the send's record would lose whom it was for).
CREATE TABLE edition_segment (
    edition_id  BIGINT NOT NULL,
    audience_id BIGINT NOT NULL,
    segment_id  BIGINT NOT NULL,
    PRIMARY KEY (edition_id, audience_id),
    KEY ix_edition_segment_segment (segment_id),
    CONSTRAINT fk_edition_segment_edition FOREIGN KEY (edition_id) REFERENCES newsletter_edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_edition_segment_audience FOREIGN KEY (audience_id) REFERENCES audience (id),
    CONSTRAINT fk_edition_segment_segment FOREIGN KEY (segment_id) REFERENCES audience_segment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
