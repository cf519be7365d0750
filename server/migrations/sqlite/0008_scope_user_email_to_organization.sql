-- clientele: foreign-keys-off
-- An e-mail address is unique within its organization, no longer across organizations: a 409 on creating a
-- user told one organization's administrator that the address had an account in another (issue 23).
-- SQLite cannot drop a column's UNIQUE: the table is rebuilt, with foreign keys off while the tables that
-- reference users point at no table (the migrator checks them all before it commits).
CREATE TABLE users_new (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  role_id BIGINT NOT NULL,
  password_hash TEXT NOT NULL,
  is_active BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, email),
  FOREIGN KEY (org_id, role_id) REFERENCES roles (org_id, id)
);
INSERT INTO users_new (org_id, id, email, name, role_id, password_hash, is_active, created_at, updated_at,
                       version)
  SELECT org_id, id, email, name, role_id, password_hash, is_active, created_at, updated_at, version FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE INDEX users_by_name ON users (org_id, name, id);
-- Sign-in finds an address's accounts in every organization.
CREATE INDEX users_by_email ON users (email);

-- Deactivation now revokes a user's sessions, API tokens and calendar feed for good; do the same for the
-- users deactivated before, so that reactivating them does not bring theirs back.
DELETE FROM sessions WHERE (org_id, user_id) IN (SELECT org_id, id FROM users WHERE is_active = 0);
UPDATE api_tokens SET revoked_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  WHERE revoked_at IS NULL AND (org_id, user_id) IN (SELECT org_id, id FROM users WHERE is_active = 0);
DELETE FROM calendar_feeds WHERE (org_id, user_id) IN (SELECT org_id, id FROM users WHERE is_active = 0);
