-- Address confirmation (issue 14, double opt-in). email_confirmed: the account's current address is known to reach
-- its owner; until it is, the person may log in but not register, propose or vote. email_confirmed_at: when an
-- address of the account was first confirmed; a sign-up that never was is deleted after a week. Accounts that exist
-- already (and rows written outside the app's sign-up) count as confirmed.
ALTER TABLE person ADD COLUMN email_confirmed BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE person ADD COLUMN email_confirmed_at DATETIME(6);
UPDATE person SET email_confirmed_at = created_at;
CREATE INDEX ix_person_unconfirmed ON person (email_confirmed_at, created_at);
