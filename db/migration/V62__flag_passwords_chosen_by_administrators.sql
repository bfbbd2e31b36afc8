-- Before invitations, an administrator typed the new account's password on the accounts page, and every such
-- creation is in the audit log as 'account.create'. Those passwords were seen by someone other than their owner,
-- so their owners must choose new ones. The first administrator (from /setup, 'account.setup') chose their own, and
-- accounts made outside the application (straight SQL) are left as they are: nothing says who chose theirs.
UPDATE account SET must_change_password = TRUE
WHERE id IN (SELECT target_id FROM audit_event WHERE action = 'account.create' AND target_type = 'account');
