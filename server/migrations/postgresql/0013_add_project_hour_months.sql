-- A monthly rollup of hour entries for the project Financials tab (DESIGN.md §4, §8): one row per project,
-- currency, month (YYYY-MM of entry_date) and billability, so the month table reads a few rows instead of
-- every entry. `value` and `cost` are sums of each entry's minutes × unit price (unit cost) / 60 rounded on
-- its own, half away from zero; prices and minutes are never negative, so that is (minutes × price + 30) / 60
-- in BIGINT division (which truncates), as hours::HourValue and financials::HoursAmount compute it. A
-- trigger on hour_entries keeps it in the same transaction as the entries; a group whose last entry goes is
-- deleted. BIGINT arithmetic raises an error on overflow; the CHECKs are SQLite's, kept for parity.
CREATE TABLE project_hour_months (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  project_id BIGINT NOT NULL,
  currency TEXT NOT NULL,
  month TEXT NOT NULL CHECK (length(month) = 7),
  billable BIGINT NOT NULL CHECK (billable IN (0, 1)),
  minutes BIGINT NOT NULL CHECK (minutes BETWEEN 0 AND 9223372036854775807),
  value BIGINT NOT NULL CHECK (value BETWEEN 0 AND 9223372036854775807),
  cost BIGINT NOT NULL CHECK (cost BETWEEN 0 AND 9223372036854775807),
  entries BIGINT NOT NULL CHECK (entries >= 0),
  -- Currency before month: the reader asks for one currency and a range of months.
  PRIMARY KEY (org_id, project_id, currency, month, billable),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id) ON DELETE CASCADE
);

INSERT INTO project_hour_months (org_id, project_id, currency, month, billable, minutes, value, cost, entries)
  SELECT org_id, project_id, currency, substr(entry_date, 1, 7), billable, SUM(minutes),
         SUM((minutes * unit_price + 30) / 60), SUM((minutes * unit_cost + 30) / 60), COUNT(*)
  FROM hour_entries
  GROUP BY org_id, project_id, currency, substr(entry_date, 1, 7), billable;

-- The old row's contribution out (UPDATE, DELETE; also rows a foreign key's cascade deletes), the new row's
-- in (INSERT, UPDATE). minutes is INTEGER and the prices BIGINT, so every product is BIGINT.
CREATE FUNCTION hour_entries_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE project_hour_months m SET
        minutes = m.minutes - OLD.minutes,
        value = m.value - (OLD.minutes * OLD.unit_price + 30) / 60,
        cost = m.cost - (OLD.minutes * OLD.unit_cost + 30) / 60,
        entries = m.entries - 1
      WHERE m.org_id = OLD.org_id AND m.project_id = OLD.project_id AND m.currency = OLD.currency
        AND m.month = substr(OLD.entry_date, 1, 7) AND m.billable = OLD.billable;
    DELETE FROM project_hour_months m
      WHERE m.org_id = OLD.org_id AND m.project_id = OLD.project_id AND m.currency = OLD.currency
        AND m.month = substr(OLD.entry_date, 1, 7) AND m.billable = OLD.billable AND m.entries = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO project_hour_months AS m (org_id, project_id, currency, month, billable, minutes, value, cost,
        entries)
      VALUES (NEW.org_id, NEW.project_id, NEW.currency, substr(NEW.entry_date, 1, 7), NEW.billable,
        NEW.minutes, (NEW.minutes * NEW.unit_price + 30) / 60, (NEW.minutes * NEW.unit_cost + 30) / 60, 1)
      ON CONFLICT (org_id, project_id, currency, month, billable) DO UPDATE SET
        minutes = m.minutes + EXCLUDED.minutes,
        value = m.value + EXCLUDED.value,
        cost = m.cost + EXCLUDED.cost,
        entries = m.entries + 1;
  END IF;
  RETURN NULL;
END;
$$;

-- Only a change of what the rollup reads moves an entry's contribution (not a description or invoice_id);
-- org_id never changes.
CREATE TRIGGER hour_entries_rollup
  AFTER INSERT OR DELETE OR UPDATE OF project_id, currency, entry_date, billable, minutes, unit_price, unit_cost
  ON hour_entries FOR EACH ROW EXECUTE FUNCTION hour_entries_rollup();
