-- How consent was obtained when it was not given on the sign-up form: who added or imported the address, when, from which file.
ALTER TABLE subscriber ADD COLUMN consent_note VARCHAR(300) NULL AFTER consent_text_version;
