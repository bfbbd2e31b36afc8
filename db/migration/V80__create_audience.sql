-- Named lists a subscriber can belong to: public ones (on the sign-up form and the preferences page, double
-- opt-in) and private ones that editors fill (journalists, partners, diplomats). Every existing subscriber moves
-- into the public "newsletter" audience with their status and consent, nothing lost.
CREATE TABLE audience (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(40)  NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    name_bn    VARCHAR(100) NOT NULL,
    visibility VARCHAR(8)   NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_audience_code UNIQUE (code),
    CONSTRAINT ck_audience_visibility CHECK (visibility IN ('PUBLIC', 'PRIVATE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audience (code, name_en, name_bn, visibility, created_at)
VALUES ('newsletter', 'Newsletter', 'নিউজলেটার', 'PUBLIC', UTC_TIMESTAMP(3));

-- One subscriber in one audience, with the consent that put them there and their own unsubscribe. A subscriber's
-- own status stays the address's summary: suppressed (bounced, complained) addresses get nothing from any audience.
CREATE TABLE audience_member (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    audience_id          BIGINT       NOT NULL,
    subscriber_id        BIGINT       NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    source               VARCHAR(16)  NOT NULL,
    created_at           DATETIME(3)  NOT NULL,
    confirmed_at         DATETIME(3)  NULL,
    unsubscribed_at      DATETIME(3)  NULL,
    consent_at           DATETIME(3)  NULL,
    consent_address      VARCHAR(64)  NULL,
    consent_text_version VARCHAR(32)  NULL,
    consent_note         VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_audience_member UNIQUE (audience_id, subscriber_id),
    KEY ix_audience_member_subscriber (subscriber_id),
    KEY ix_audience_member_status (audience_id, status, subscriber_id),
    KEY ix_audience_member_pending (status, consent_at),
    CONSTRAINT fk_audience_member_audience FOREIGN KEY (audience_id) REFERENCES audience (id),
    CONSTRAINT fk_audience_member_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id) ON DELETE CASCADE,
    CONSTRAINT ck_audience_member_status CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A bounced or complained address was confirmed (or pending) before; its membership keeps that, the suppression
-- stays on the address.
INSERT INTO audience_member (audience_id, subscriber_id, status, source, created_at, confirmed_at, unsubscribed_at,
                             consent_at, consent_address, consent_text_version, consent_note)
SELECT a.id, s.id,
       CASE
           WHEN s.status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED') THEN s.status
           WHEN s.unsubscribed_at IS NOT NULL THEN 'UNSUBSCRIBED'
           WHEN s.confirmed_at IS NOT NULL THEN 'CONFIRMED'
           ELSE 'PENDING'
       END,
       s.source, s.created_at, s.confirmed_at, s.unsubscribed_at, s.consent_at, s.consent_address,
       s.consent_text_version, s.consent_note
FROM subscriber s JOIN audience a ON a.code = 'newsletter';

-- Every edition goes to one audience; those before audiences went to the newsletter.
ALTER TABLE newsletter_edition ADD COLUMN audience_id BIGINT NULL AFTER month;
UPDATE newsletter_edition SET audience_id = (SELECT id FROM audience WHERE code = 'newsletter');
ALTER TABLE newsletter_edition MODIFY audience_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_edition_audience FOREIGN KEY (audience_id) REFERENCES audience (id);
