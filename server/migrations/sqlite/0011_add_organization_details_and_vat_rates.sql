-- Invoicing, part 1: the organization's details printed on its invoices (legal name, business id, address,
-- bank account, payment terms …) and its VAT rates. Percents are integer hundredths (2550 is 25.5 %).

-- NULL: not set. invoice_language and reference_scheme NULL follow the country (FI → fi, NO → nb / kid-mod10).
ALTER TABLE organizations ADD COLUMN legal_name TEXT;
ALTER TABLE organizations ADD COLUMN business_id TEXT;
ALTER TABLE organizations ADD COLUMN vat_number TEXT;
ALTER TABLE organizations ADD COLUMN country TEXT;
-- Street lines joined by a newline.
ALTER TABLE organizations ADD COLUMN address_street TEXT;
ALTER TABLE organizations ADD COLUMN address_postal_code TEXT;
ALTER TABLE organizations ADD COLUMN address_city TEXT;
ALTER TABLE organizations ADD COLUMN address_country TEXT;
ALTER TABLE organizations ADD COLUMN phone TEXT;
ALTER TABLE organizations ADD COLUMN email TEXT;
ALTER TABLE organizations ADD COLUMN website TEXT;
-- Electronic form: no spaces, upper case.
ALTER TABLE organizations ADD COLUMN iban TEXT;
ALTER TABLE organizations ADD COLUMN bic TEXT;
ALTER TABLE organizations ADD COLUMN invoice_footer TEXT;
ALTER TABLE organizations ADD COLUMN payment_term_days BIGINT NOT NULL DEFAULT 14
  CHECK (payment_term_days BETWEEN 0 AND 365);
ALTER TABLE organizations ADD COLUMN overdue_interest BIGINT NOT NULL DEFAULT 0
  CHECK (overdue_interest BETWEEN 0 AND 10000);
ALTER TABLE organizations ADD COLUMN invoice_language TEXT;
ALTER TABLE organizations ADD COLUMN reference_scheme TEXT;

-- An organization list; category is the EN 16931 VAT category code.
CREATE TABLE vat_rates (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  percent BIGINT NOT NULL CHECK (percent BETWEEN 0 AND 10000),
  category TEXT NOT NULL CHECK (category IN ('S', 'Z', 'E', 'AE', 'O')),
  is_active BIGINT NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);

-- project_fees.vat_rate_id has no foreign key: SQLite cannot add one to an existing table without
-- rebuilding it, so the fees service checks that the rate is the organization's and active, and the VAT rates
-- service refuses to delete a rate a fee uses (this index finds those fees).
CREATE INDEX project_fees_vat_rate ON project_fees (org_id, vat_rate_id);
