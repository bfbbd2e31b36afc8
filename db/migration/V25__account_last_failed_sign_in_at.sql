-- When the latest attempt counted in account.failed_sign_ins started (UTC as the session reads it).
ALTER TABLE account ADD COLUMN last_failed_sign_in_at DATETIME(3) NULL;
