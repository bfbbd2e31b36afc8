-- Who did what, when and from where: every editorial and administrative action.
CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(3)   NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    action         VARCHAR(48)   NOT NULL,
    target_type    VARCHAR(32)   NULL,
    target_id      BIGINT        NULL,
    detail         VARCHAR(1000) NULL,
    remote_address VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_time (occurred_at),
    KEY ix_audit_event_actor (actor, occurred_at),
    KEY ix_audit_event_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
