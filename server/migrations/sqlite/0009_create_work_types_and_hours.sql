-- Project money, part 1: the organization's base currency and time zone, work types with default hourly
-- prices, each user's hourly cost, each project's currency and price list, and hour entries.
-- Money is integer minor units; a work type's price and a user's cost are in the organization's base
-- currency, a project's prices and its hour entries in the project's currency.

-- version/updated_*: the organization settings resource (GET/PATCH /api/v1/settings/organization).
-- updated_by has no foreign key: SQLite cannot add a composite one to an existing table.
ALTER TABLE organizations ADD COLUMN base_currency TEXT NOT NULL DEFAULT 'EUR';
ALTER TABLE organizations ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Helsinki';
ALTER TABLE organizations ADD COLUMN updated_at TEXT;
ALTER TABLE organizations ADD COLUMN updated_by BIGINT;
ALTER TABLE organizations ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- Labor cost per hour in the base currency; seen and changed by settings-managers and financials editors.
ALTER TABLE users ADD COLUMN hourly_cost BIGINT NOT NULL DEFAULT 0 CHECK (hourly_cost >= 0);

-- The expected value keeps its own currency (the sales pipeline's); `currency` is now the project's money
-- currency: its prices, hours, fees and forecasts. Backfilled from the expected value, else the base currency.
ALTER TABLE projects RENAME COLUMN currency TO expected_currency;
ALTER TABLE projects ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';
ALTER TABLE projects ADD COLUMN prices_version BIGINT NOT NULL DEFAULT 0;
UPDATE projects SET currency = COALESCE(expected_currency,
  (SELECT o.base_currency FROM organizations o WHERE o.id = projects.org_id));

CREATE TABLE work_types (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  code TEXT NOT NULL,
  -- Default price per hour, minor units of the organization's base currency.
  hourly_price BIGINT NOT NULL DEFAULT 0 CHECK (hourly_price >= 0),
  billable BIGINT NOT NULL DEFAULT 1 CHECK (billable IN (0, 1)),
  is_active BIGINT NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  created_at TEXT NOT NULL,
  -- NULL: seeded with the organization, before it had users.
  created_by BIGINT,
  updated_at TEXT NOT NULL,
  updated_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, name_key),
  UNIQUE (org_id, code),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);

-- A project's own hourly price of a work type, in the project's currency (fixed while such rows exist).
CREATE TABLE project_prices (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  project_id BIGINT NOT NULL,
  work_type_id BIGINT NOT NULL,
  hourly_price BIGINT NOT NULL CHECK (hourly_price >= 0),
  PRIMARY KEY (org_id, project_id, work_type_id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, work_type_id) REFERENCES work_types (org_id, id)
);
CREATE INDEX project_prices_work_type ON project_prices (org_id, work_type_id);

-- Unit price and unit cost are copied at entry time (minor units per hour of `currency`, the project's), so
-- later price changes never rewrite history. invoice_id is set by invoicing; an invoiced entry is locked.
CREATE TABLE hour_entries (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id BIGINT NOT NULL,
  project_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  work_type_id BIGINT NOT NULL,
  entry_date TEXT NOT NULL CHECK (length(entry_date) = 10),
  minutes INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
  description TEXT NOT NULL DEFAULT '',
  billable BIGINT NOT NULL CHECK (billable IN (0, 1)),
  unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
  unit_cost BIGINT NOT NULL CHECK (unit_cost >= 0),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  invoice_id BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, work_type_id) REFERENCES work_types (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- The project's, the user's (timesheet, daily total) and the customer's hours by date; a work type's usage.
CREATE INDEX hour_entries_project ON hour_entries (org_id, project_id, entry_date);
CREATE INDEX hour_entries_user ON hour_entries (org_id, user_id, entry_date);
CREATE INDEX hour_entries_customer ON hour_entries (org_id, customer_id, entry_date);
CREATE INDEX hour_entries_work_type ON hour_entries (org_id, work_type_id);

-- Every organization starts with the default work types: those that exist now, and each one created later.
INSERT INTO work_types (org_id, name, name_key, code, billable, created_at, updated_at)
  SELECT id, 'Consulting', 'consulting', 'CONS', 1, created_at, created_at FROM organizations;
INSERT INTO work_types (org_id, name, name_key, code, billable, created_at, updated_at)
  SELECT id, 'Design', 'design', 'DES', 1, created_at, created_at FROM organizations;
INSERT INTO work_types (org_id, name, name_key, code, billable, created_at, updated_at)
  SELECT id, 'Project management', 'project management', 'PM', 1, created_at, created_at FROM organizations;
INSERT INTO work_types (org_id, name, name_key, code, billable, created_at, updated_at)
  SELECT id, 'Travel time', 'travel time', 'TRAVEL', 0, created_at, created_at FROM organizations;
INSERT INTO work_types (org_id, name, name_key, code, billable, created_at, updated_at)
  SELECT id, 'Internal', 'internal', 'INT', 0, created_at, created_at FROM organizations;

CREATE TRIGGER organizations_default_work_types AFTER INSERT ON organizations BEGIN
  INSERT INTO work_types (org_id, name, name_key, code, billable, created_at, updated_at) VALUES
    (NEW.id, 'Consulting', 'consulting', 'CONS', 1, NEW.created_at, NEW.created_at),
    (NEW.id, 'Design', 'design', 'DES', 1, NEW.created_at, NEW.created_at),
    (NEW.id, 'Project management', 'project management', 'PM', 1, NEW.created_at, NEW.created_at),
    (NEW.id, 'Travel time', 'travel time', 'TRAVEL', 0, NEW.created_at, NEW.created_at),
    (NEW.id, 'Internal', 'internal', 'INT', 0, NEW.created_at, NEW.created_at);
END;
