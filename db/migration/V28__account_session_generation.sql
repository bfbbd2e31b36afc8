-- Every session remembers the generation its account had at sign-in; disabling the account or ending its sessions
-- raises the number, and a session holding an older one is ended at its next request.
ALTER TABLE account ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
