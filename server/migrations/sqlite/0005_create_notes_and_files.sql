-- Notes, files and links of a customer or of one of its projects. A project's row also carries the
-- project's customer, so that the customer card lists its own and its projects' rows from one index.

CREATE TABLE notes (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer_id BIGINT NOT NULL,
  project_id BIGINT,
  text TEXT NOT NULL,
  -- The author is created_by.
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- The customer card's and the project card's lists, newest first; the notes reports by author.
CREATE INDEX notes_customer ON notes (org_id, customer_id, id);
CREATE INDEX notes_project ON notes (org_id, project_id, id);
CREATE INDEX notes_author ON notes (org_id, created_by, created_at);

CREATE TABLE files (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer_id BIGINT NOT NULL,
  project_id BIGINT,
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
  -- The content, stored once per organization under the data directory by this lower-case hex digest.
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  description TEXT,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
CREATE INDEX files_customer ON files (org_id, customer_id, id);
CREATE INDEX files_project ON files (org_id, project_id, id);
-- Whether any row still refers to a blob (a blob is removed with its last row).
CREATE INDEX files_blob ON files (org_id, sha256);

CREATE TABLE links (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer_id BIGINT NOT NULL,
  project_id BIGINT,
  url TEXT NOT NULL,
  title TEXT,
  description TEXT,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
CREATE INDEX links_customer ON links (org_id, customer_id, id);
CREATE INDEX links_project ON links (org_id, project_id, id);
