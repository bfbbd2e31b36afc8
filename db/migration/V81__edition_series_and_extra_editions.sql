-- Editions are no longer one per month: the monthly series keeps one edition per month (the drafting job may fire
-- twice without making two), extra editions (an urgent appeal) go to any audience at any time. Editions to a
-- private audience have no number: the public archive's numbers would otherwise show a gap where they were sent.
ALTER TABLE newsletter_edition
    ADD COLUMN series VARCHAR(16) NOT NULL DEFAULT 'MONTHLY' AFTER number,
    MODIFY COLUMN number INT NULL;

ALTER TABLE newsletter_edition
    ADD COLUMN monthly_month DATE AS (CASE WHEN series = 'MONTHLY' THEN month END) STORED,
    ADD CONSTRAINT ck_edition_series CHECK (series IN ('MONTHLY', 'EXTRA'));

ALTER TABLE newsletter_edition
    DROP INDEX uq_edition_month,
    ADD CONSTRAINT uq_edition_monthly UNIQUE (monthly_month),
    ADD KEY ix_edition_month (month);

-- Which send a member left from (the one-click link or the mailto: of that send's mail): the count of
-- "unsubscribed from this send" on the sends page. Cleared when they join again.
ALTER TABLE audience_member
    ADD COLUMN left_with_edition_id BIGINT NULL AFTER unsubscribed_at,
    ADD KEY ix_audience_member_left_with (left_with_edition_id),
    ADD CONSTRAINT fk_audience_member_left_with FOREIGN KEY (left_with_edition_id)
        REFERENCES newsletter_edition (id) ON DELETE SET NULL;

-- Bounces and complaints per send, for the same page.
ALTER TABLE bounce_event ADD KEY ix_bounce_event_edition (edition_id, kind);
