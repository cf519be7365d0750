-- Activities on the customer card (to-dos and calendar entries, optionally on one of the customer's
-- projects), their types (an organization list), their participants, and each user's calendar feed.

CREATE TABLE activity_types (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('todo', 'calendar')),
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  is_active BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  -- NULL: seeded with the organization, before it had users.
  created_by BIGINT,
  updated_at TEXT NOT NULL,
  updated_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, kind, name_key),
  -- Activities reference (type, kind) so that an activity's kind always is its type's.
  UNIQUE (org_id, id, kind),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);

CREATE TABLE activities (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer_id BIGINT NOT NULL,
  project_id BIGINT,
  type_id BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('todo', 'calendar')),
  name TEXT NOT NULL,
  description TEXT,
  location TEXT,
  due_at TEXT,
  start_at TEXT,
  end_at TEXT,
  all_day BIGINT NOT NULL DEFAULT 0,
  -- The planned order: due_at of a to-do, start_at of a calendar entry, '9999-12-31T23:59:59Z' for a
  -- to-do without a due date (last in both databases, where NULLs would sort differently).
  sort_at TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  is_done BIGINT NOT NULL DEFAULT 0 CHECK (is_done IN (0, 1)),
  done_at TEXT,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  CHECK ((is_done = 1) = (done_at IS NOT NULL)),
  CHECK (kind = 'calendar' OR (start_at IS NULL AND end_at IS NULL AND all_day = 0)),
  CHECK (kind = 'todo' OR (due_at IS NULL AND start_at IS NOT NULL AND end_at IS NOT NULL)),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, type_id, kind) REFERENCES activity_types (org_id, id, kind),
  FOREIGN KEY (org_id, owner_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- The customer card's and the project card's planned lists (by date, then id) and done lists (newest done
-- first), the owner's calendar feed, and the types' usage counts.
CREATE INDEX activities_customer_planned ON activities (org_id, customer_id, is_done, sort_at, id);
CREATE INDEX activities_customer_done ON activities (org_id, customer_id, is_done, done_at, id);
CREATE INDEX activities_project_planned ON activities (org_id, project_id, is_done, sort_at, id);
CREATE INDEX activities_project_done ON activities (org_id, project_id, is_done, done_at, id);
CREATE INDEX activities_owner ON activities (org_id, owner_id, sort_at, id);
CREATE INDEX activities_type ON activities (org_id, type_id);

CREATE TABLE activity_participants (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  activity_id BIGINT NOT NULL,
  -- Order on the activity, as the client listed them.
  position BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('user', 'contact')),
  user_id BIGINT,
  -- A contact row's organization again: deleting the contact sets both to NULL (a composite foreign key
  -- sets all its columns), which leaves kind = 'contact' with no contact, shown as "Deleted contact".
  contact_org_id BIGINT,
  contact_id BIGINT,
  -- The activity's sort_at, kept here so that a user's calendar feed walks one index in date order.
  sort_at TEXT NOT NULL,
  PRIMARY KEY (org_id, activity_id, position),
  CHECK ((kind = 'user') = (user_id IS NOT NULL)),
  CHECK (kind = 'contact' OR contact_id IS NULL),
  CHECK (contact_org_id IS NULL OR contact_org_id = org_id),
  FOREIGN KEY (org_id, activity_id) REFERENCES activities (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id),
  FOREIGN KEY (contact_org_id, contact_id) REFERENCES contacts (org_id, id) ON DELETE SET NULL
);
CREATE INDEX activity_participants_user ON activity_participants (org_id, user_id, sort_at, activity_id);
CREATE INDEX activity_participants_contact ON activity_participants (contact_org_id, contact_id);

CREATE TABLE calendar_feeds (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id BIGINT NOT NULL,
  -- SHA-256 of the secret in the feed's URL; the secret itself is shown once and never stored.
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  UNIQUE (org_id, id),
  -- One feed per user: a new one replaces the old.
  UNIQUE (org_id, user_id),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id)
);

-- Every organization starts with the default types: those that exist now, and each one created later.
INSERT INTO activity_types (org_id, kind, name, name_key, created_at, updated_at)
  SELECT id, 'todo', 'To-do', 'to-do', created_at, created_at FROM organizations;
INSERT INTO activity_types (org_id, kind, name, name_key, created_at, updated_at)
  SELECT id, 'todo', 'Phone call', 'phone call', created_at, created_at FROM organizations;
INSERT INTO activity_types (org_id, kind, name, name_key, created_at, updated_at)
  SELECT id, 'calendar', 'Meeting', 'meeting', created_at, created_at FROM organizations;
INSERT INTO activity_types (org_id, kind, name, name_key, created_at, updated_at)
  SELECT id, 'calendar', 'Customer visit', 'customer visit', created_at, created_at FROM organizations;

CREATE TRIGGER organizations_default_activity_types AFTER INSERT ON organizations BEGIN
  INSERT INTO activity_types (org_id, kind, name, name_key, created_at, updated_at) VALUES
    (NEW.id, 'todo', 'To-do', 'to-do', NEW.created_at, NEW.created_at),
    (NEW.id, 'todo', 'Phone call', 'phone call', NEW.created_at, NEW.created_at),
    (NEW.id, 'calendar', 'Meeting', 'meeting', NEW.created_at, NEW.created_at),
    (NEW.id, 'calendar', 'Customer visit', 'customer visit', NEW.created_at, NEW.created_at);
END;
