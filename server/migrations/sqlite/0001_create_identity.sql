-- Organizations, roles, users, sessions and API tokens.
-- SQLite: `id INTEGER PRIMARY KEY AUTOINCREMENT` is the rowid, never reused after a delete (a deleted
-- customer's id must not come back with its history); UNIQUE (org_id, id) is the tenant key that
-- every foreign key references, as PRIMARY KEY (org_id, id) is on PostgreSQL.
CREATE TABLE organizations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE org_counters (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  name TEXT NOT NULL,
  value BIGINT NOT NULL,
  PRIMARY KEY (org_id, name)
);

CREATE TABLE roles (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  builtin TEXT,
  customers_view TEXT NOT NULL CHECK (customers_view IN ('none', 'own', 'all')),
  customers_edit TEXT NOT NULL CHECK (customers_edit IN ('none', 'own', 'all')),
  sales_view TEXT NOT NULL CHECK (sales_view IN ('none', 'own', 'all')),
  sales_edit TEXT NOT NULL CHECK (sales_edit IN ('none', 'own', 'all')),
  projects_view TEXT NOT NULL CHECK (projects_view IN ('none', 'own', 'all')),
  projects_edit TEXT NOT NULL CHECK (projects_edit IN ('none', 'own', 'all')),
  financials_view TEXT NOT NULL CHECK (financials_view IN ('none', 'own', 'all')),
  financials_edit TEXT NOT NULL CHECK (financials_edit IN ('none', 'own', 'all')),
  settings_manage BIGINT NOT NULL,
  delete_customers BIGINT NOT NULL,
  UNIQUE (org_id, id),
  UNIQUE (org_id, name)
);

CREATE TABLE users (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role_id BIGINT NOT NULL,
  password_hash TEXT NOT NULL,
  is_active BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, role_id) REFERENCES roles (org_id, id)
);
CREATE INDEX users_by_name ON users (org_id, name, id);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  org_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id)
);
CREATE INDEX sessions_by_user ON sessions (org_id, user_id);

CREATE TABLE api_tokens (
  org_id BIGINT NOT NULL,
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id)
);
CREATE INDEX api_tokens_by_user ON api_tokens (org_id, user_id, id);

CREATE TABLE login_failures (
  email TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
CREATE INDEX login_failures_by_email ON login_failures (email, failed_at);
