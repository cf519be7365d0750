-- A project's fees and costs (rows with a quantity, a unit price and a unit cost) and its monthly forecasts
-- (issue 14). Amounts are integer minor units in the project's currency; quantities are integer hundredths.

CREATE TABLE project_fees (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('fee', 'cost')),
  fee_date TEXT NOT NULL,
  description TEXT NOT NULL,
  -- Hundredths: 125 is a quantity of 1.25.
  quantity BIGINT NOT NULL,
  unit TEXT NOT NULL,
  unit_price BIGINT NOT NULL,
  unit_cost BIGINT NOT NULL DEFAULT 0,
  currency TEXT NOT NULL,
  billable BIGINT NOT NULL DEFAULT 0 CHECK (billable IN (0, 1)),
  -- VAT rates and invoices arrive with invoicing, which adds the foreign keys.
  vat_rate_id BIGINT,
  invoice_id BIGINT,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- The project's Fees & costs list (newest first) and the month figures of its Financials tab.
CREATE INDEX project_fees_project_date ON project_fees (org_id, project_id, fee_date, id);

-- One row per project and month (YYYY-MM); an empty figure is NULL, not zero. A month without any figure
-- or note has no row.
CREATE TABLE project_forecasts (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  project_id BIGINT NOT NULL,
  month TEXT NOT NULL,
  revenue BIGINT,
  billing BIGINT,
  labor_cost BIGINT,
  other_cost BIGINT,
  currency TEXT NOT NULL,
  notes TEXT,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  PRIMARY KEY (org_id, project_id, month),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);

-- The version of a project's whole forecast (a project without a row has version 0): a PUT of months
-- carries the version its GET answered.
CREATE TABLE project_forecast_versions (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  project_id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  PRIMARY KEY (org_id, project_id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
