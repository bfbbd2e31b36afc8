-- Sign-in attempts of the account's current run that have not (yet) been followed by a successful sign-in; the
-- growing delay before the next attempt is computed from it (accounts/SignInBackoff).
ALTER TABLE account ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
