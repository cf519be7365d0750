-- Customers, their substring search index and the audit log.
CREATE TABLE customers (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number BIGINT NOT NULL,
  name TEXT NOT NULL,
  sort_name TEXT NOT NULL,
  vat_number TEXT,
  country TEXT,
  account_owner_id BIGINT,
  email TEXT,
  website TEXT,
  phone TEXT,
  industry TEXT,
  is_active BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, number),
  FOREIGN KEY (org_id, account_owner_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
CREATE INDEX customers_by_name ON customers (org_id, sort_name, id);
CREATE INDEX customers_by_owner ON customers (org_id, account_owner_id, sort_name, id);
CREATE INDEX customers_by_vat ON customers (org_id, vat_number);

-- Substring search ("kia" finds "Oy Nokia Ab") stays indexed at scale: FTS5 with the trigram tokenizer.
CREATE VIRTUAL TABLE customers_search USING fts5(
  name, number, vat_number, content='customers', content_rowid='id', tokenize='trigram');

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
  INSERT INTO customers_search (rowid, name, number, vat_number) VALUES (new.id, new.name, new.number, new.vat_number);
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
  INSERT INTO customers_search (customers_search, rowid, name, number, vat_number)
  VALUES ('delete', old.id, old.name, old.number, old.vat_number);
END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name, number, vat_number ON customers BEGIN
  INSERT INTO customers_search (customers_search, rowid, name, number, vat_number)
  VALUES ('delete', old.id, old.name, old.number, old.vat_number);
  INSERT INTO customers_search (rowid, name, number, vat_number) VALUES (new.id, new.name, new.number, new.vat_number);
END;

CREATE TABLE audit_log (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  source TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by BIGINT NOT NULL,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, changed_by) REFERENCES users (org_id, id)
);
CREATE INDEX audit_log_by_entity ON audit_log (org_id, entity, entity_id, id);
