-- An e-mail address is unique within its organization, no longer across organizations: a 409 on creating a
-- user told one organization's administrator that the address had an account in another (issue 23).
ALTER TABLE users DROP CONSTRAINT users_email_key;
ALTER TABLE users ADD CONSTRAINT users_org_email_key UNIQUE (org_id, email);
-- Sign-in finds an address's accounts in every organization.
CREATE INDEX users_by_email ON users (email);

-- Deactivation now revokes a user's sessions, API tokens and calendar feed for good; do the same for the
-- users deactivated before, so that reactivating them does not bring theirs back.
DELETE FROM sessions WHERE (org_id, user_id) IN (SELECT org_id, id FROM users WHERE is_active = 0);
UPDATE api_tokens SET revoked_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
  WHERE revoked_at IS NULL AND (org_id, user_id) IN (SELECT org_id, id FROM users WHERE is_active = 0);
DELETE FROM calendar_feeds WHERE (org_id, user_id) IN (SELECT org_id, id FROM users WHERE is_active = 0);
