-- Four eyes: an edition to a private audience (journalists, diplomats) goes out only once a second editor has
-- approved what the first proposed (BARTA_SEND_APPROVALS, 2 by default). The first approval is kept here until
-- the second comes, or until the text, the items or the proposal change.
ALTER TABLE newsletter_edition
    ADD COLUMN proposed_by      BIGINT      NULL AFTER send_at,
    ADD COLUMN proposed_at      DATETIME(3) NULL AFTER proposed_by,
    ADD COLUMN proposed_send_at DATETIME(3) NULL AFTER proposed_at,
    ADD CONSTRAINT fk_edition_proposed_by FOREIGN KEY (proposed_by) REFERENCES account (id);
