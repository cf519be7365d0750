-- Invoicing, part 3: invoices, their rows and the projects they bill (issue 15).
--
-- Amounts are integer minor units in the invoice's currency; quantities are ten-thousandths (15000 is 1.5);
-- VAT percents are basis points (2550 is 25.5 %). `number` stays NULL until the invoice first reaches a
-- status that assigns numbers; organizations.next_invoice_number hands numbers out gap-free, in the
-- transaction that assigns them. Totals are stored so lists need not add up rows.

ALTER TABLE organizations ADD COLUMN next_invoice_number BIGINT NOT NULL DEFAULT 1000;

CREATE TABLE invoices (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer_id BIGINT NOT NULL,
  status_id BIGINT NOT NULL,
  number BIGINT,
  reference_number TEXT,
  invoice_date TEXT NOT NULL CHECK (length(invoice_date) = 10),
  due_date TEXT NOT NULL CHECK (length(due_date) = 10),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  language TEXT NOT NULL,
  -- The billing address as printed: {name, streetLines, postalCode, city, country} in JSON.
  billing_address TEXT NOT NULL,
  our_reference TEXT NOT NULL DEFAULT '',
  your_reference TEXT NOT NULL DEFAULT '',
  order_number TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  -- A credit note names the invoice it credits.
  credited_invoice_id BIGINT,
  total_excluding_vat BIGINT NOT NULL DEFAULT 0,
  vat_total BIGINT NOT NULL DEFAULT 0,
  total_including_vat BIGINT NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, number),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, status_id) REFERENCES invoice_statuses (org_id, id),
  FOREIGN KEY (org_id, credited_invoice_id) REFERENCES invoices (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- The invoice list (newest first) and the customer card's list.
CREATE INDEX invoices_date ON invoices (org_id, invoice_date, id);
CREATE INDEX invoices_customer_date ON invoices (org_id, customer_id, invoice_date, id);
CREATE INDEX invoices_status ON invoices (org_id, status_id);
-- At most one credit note per invoice.
CREATE UNIQUE INDEX invoices_one_credit_note ON invoices (org_id, credited_invoice_id)
  WHERE credited_invoice_id IS NOT NULL;

CREATE TABLE invoice_rows (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  invoice_id BIGINT NOT NULL,
  position BIGINT NOT NULL,
  description TEXT NOT NULL,
  quantity BIGINT NOT NULL,
  unit TEXT NOT NULL,
  unit_price BIGINT NOT NULL,
  vat_rate_id BIGINT NOT NULL,
  -- The rate's percent and category when the row was written: a later change of the rate leaves it.
  vat_percent BIGINT NOT NULL,
  vat_category TEXT NOT NULL,
  net BIGINT NOT NULL,
  -- Where the row came from, when it came from a project.
  project_id BIGINT,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, invoice_id) REFERENCES invoices (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, vat_rate_id) REFERENCES vat_rates (org_id, id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id)
);
CREATE INDEX invoice_rows_invoice ON invoice_rows (org_id, invoice_id, position, id);

-- The projects an invoice bills: the "own" scope of the financials area and the project card's list.
CREATE TABLE invoice_projects (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  invoice_id BIGINT NOT NULL,
  project_id BIGINT NOT NULL,
  PRIMARY KEY (org_id, invoice_id, project_id),
  FOREIGN KEY (org_id, invoice_id) REFERENCES invoices (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id)
);
CREATE INDEX invoice_projects_project ON invoice_projects (org_id, project_id);

-- An invoiced hour entry or fee names its invoice and the row that bills it; releasing (deleting the row or
-- the draft, crediting the invoice) clears both.
ALTER TABLE hour_entries ADD COLUMN invoice_row_id BIGINT;
ALTER TABLE project_fees ADD COLUMN invoice_row_id BIGINT;
CREATE INDEX hour_entries_invoice ON hour_entries (org_id, invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX hour_entries_invoice_row ON hour_entries (org_id, invoice_row_id) WHERE invoice_row_id IS NOT NULL;
CREATE INDEX project_fees_invoice ON project_fees (org_id, invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX project_fees_invoice_row ON project_fees (org_id, invoice_row_id) WHERE invoice_row_id IS NOT NULL;
