-- Invoice statuses: an organization list (Settings → Invoice statuses) an invoice moves through in list
-- order. Flags say what reaching a status means: read_only (the invoice's rows are locked), assigns_number
-- (the invoice gets its number on entering it; such a status is read-only), sent, waiting_payment, paid,
-- credited. Exactly one default, the first of the flow: new invoices start in it. `position` is the API's
-- `order` (ORDER is a keyword).
CREATE TABLE invoice_statuses (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  position BIGINT NOT NULL,
  read_only BIGINT NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1)),
  assigns_number BIGINT NOT NULL DEFAULT 0 CHECK (assigns_number IN (0, 1)),
  sent BIGINT NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
  waiting_payment BIGINT NOT NULL DEFAULT 0 CHECK (waiting_payment IN (0, 1)),
  paid BIGINT NOT NULL DEFAULT 0 CHECK (paid IN (0, 1)),
  credited BIGINT NOT NULL DEFAULT 0 CHECK (credited IN (0, 1)),
  is_default BIGINT NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  is_active BIGINT NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  created_at TEXT NOT NULL,
  -- NULL: seeded with the organization, before it had users.
  created_by BIGINT,
  updated_at TEXT NOT NULL,
  updated_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, name_key),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- At most one default; the service keeps exactly one, active, not read-only and first in the order.
CREATE UNIQUE INDEX invoice_statuses_one_default ON invoice_statuses (org_id) WHERE is_default = 1;
CREATE INDEX invoice_statuses_order ON invoice_statuses (org_id, position, id);

-- Every organization starts with the default flow: those that exist now, and each one created later.
INSERT INTO invoice_statuses (org_id, name, name_key, position, read_only, assigns_number, sent,
    waiting_payment, paid, credited, is_default, created_at, updated_at)
  SELECT id, 'Draft', 'draft', 1, 0, 0, 0, 0, 0, 0, 1, created_at, created_at FROM organizations;
INSERT INTO invoice_statuses (org_id, name, name_key, position, read_only, assigns_number, sent,
    waiting_payment, paid, credited, is_default, created_at, updated_at)
  SELECT id, 'Approved', 'approved', 2, 1, 1, 0, 0, 0, 0, 0, created_at, created_at FROM organizations;
INSERT INTO invoice_statuses (org_id, name, name_key, position, read_only, assigns_number, sent,
    waiting_payment, paid, credited, is_default, created_at, updated_at)
  SELECT id, 'Sent', 'sent', 3, 1, 1, 1, 1, 0, 0, 0, created_at, created_at FROM organizations;
INSERT INTO invoice_statuses (org_id, name, name_key, position, read_only, assigns_number, sent,
    waiting_payment, paid, credited, is_default, created_at, updated_at)
  SELECT id, 'Paid', 'paid', 4, 1, 1, 0, 0, 1, 0, 0, created_at, created_at FROM organizations;
INSERT INTO invoice_statuses (org_id, name, name_key, position, read_only, assigns_number, sent,
    waiting_payment, paid, credited, is_default, created_at, updated_at)
  SELECT id, 'Credited', 'credited', 5, 1, 1, 0, 0, 0, 1, 0, created_at, created_at FROM organizations;

CREATE TRIGGER organizations_default_invoice_statuses AFTER INSERT ON organizations BEGIN
  INSERT INTO invoice_statuses (org_id, name, name_key, position, read_only, assigns_number, sent,
      waiting_payment, paid, credited, is_default, created_at, updated_at) VALUES
    (NEW.id, 'Draft', 'draft', 1, 0, 0, 0, 0, 0, 0, 1, NEW.created_at, NEW.created_at),
    (NEW.id, 'Approved', 'approved', 2, 1, 1, 0, 0, 0, 0, 0, NEW.created_at, NEW.created_at),
    (NEW.id, 'Sent', 'sent', 3, 1, 1, 1, 1, 0, 0, 0, NEW.created_at, NEW.created_at),
    (NEW.id, 'Paid', 'paid', 4, 1, 1, 0, 0, 1, 0, 0, NEW.created_at, NEW.created_at),
    (NEW.id, 'Credited', 'credited', 5, 1, 1, 0, 0, 0, 1, 0, NEW.created_at, NEW.created_at);
END;
