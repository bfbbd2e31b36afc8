-- Set for an account whose password someone else chose: SessionGuard sends it to /admin/password until its owner
-- chooses one.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
