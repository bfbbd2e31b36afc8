-- The audience each ledger row was queued for, written as the send starts: a recipient reached through one of the
-- send's audiences (or segments) gets that audience's List-Id and one-click link, even when they are also a member
-- of another audience the send names through a segment their profile does not match. Rows written before this
-- have none and keep the former choice (the lead audience, else the first further one they are in). No foreign key:
-- a column added without one is instant on a large ledger (MariaDB 10.3+, MySQL 8.0.12+), and the row is read
-- only together with the audience's membership, which goes with the audience.
ALTER TABLE newsletter_delivery ADD COLUMN audience_id BIGINT NULL;
