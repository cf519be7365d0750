-- Addresses and contacts of customers, and the organization's keyword and contact-role lists.

CREATE TABLE addresses (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  street1 TEXT NOT NULL,
  street2 TEXT,
  street3 TEXT,
  postal_code TEXT,
  city TEXT,
  region TEXT,
  country TEXT,
  phone TEXT,
  use_visiting BIGINT NOT NULL DEFAULT 0,
  use_postal BIGINT NOT NULL DEFAULT 0,
  use_billing BIGINT NOT NULL DEFAULT 0,
  use_delivery BIGINT NOT NULL DEFAULT 0,
  is_headquarters BIGINT NOT NULL DEFAULT 0 CHECK (is_headquarters IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  -- Also the lookup of a customer's addresses, and the key contacts reference so that a contact's address is
  -- always one of its own customer's.
  UNIQUE (org_id, customer_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- A customer has at most one headquarters; the service makes it exactly one whenever it has addresses.
CREATE UNIQUE INDEX addresses_one_headquarters ON addresses (org_id, customer_id) WHERE is_headquarters = 1;

CREATE TABLE contact_roles (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  is_active BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, name_key),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);

CREATE TABLE keywords (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  is_active BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, name_key),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);

CREATE TABLE contacts (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  first_name TEXT,
  last_name TEXT,
  sort_name TEXT NOT NULL,
  sort_last_name TEXT NOT NULL,
  search_text TEXT NOT NULL,
  title TEXT,
  email TEXT,
  mobile_phone TEXT,
  work_phone TEXT,
  role_id BIGINT,
  address_id BIGINT,
  language TEXT,
  notes TEXT,
  is_active BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, role_id) REFERENCES contact_roles (org_id, id),
  FOREIGN KEY (org_id, customer_id, address_id) REFERENCES addresses (org_id, customer_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- A customer's contacts page by page, in either name order, active ones apart from inactive ones.
CREATE INDEX contacts_by_name ON contacts (org_id, customer_id, is_active, sort_name, id);
CREATE INDEX contacts_by_last_name ON contacts (org_id, customer_id, is_active, sort_last_name, id);
CREATE INDEX contacts_by_address ON contacts (org_id, customer_id, address_id);
CREATE INDEX contacts_by_role ON contacts (org_id, role_id);

CREATE TABLE contact_keywords (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  contact_id BIGINT NOT NULL,
  keyword_id BIGINT NOT NULL,
  PRIMARY KEY (org_id, contact_id, keyword_id),
  FOREIGN KEY (org_id, contact_id) REFERENCES contacts (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, keyword_id) REFERENCES keywords (org_id, id)
);
-- Mailing lists (the contacts with a keyword) and usage counts.
CREATE INDEX contact_keywords_by_keyword ON contact_keywords (org_id, keyword_id, contact_id);
