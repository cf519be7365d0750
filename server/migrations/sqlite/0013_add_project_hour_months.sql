-- A monthly rollup of hour entries for the project Financials tab (DESIGN.md §4, §8): one row per project,
-- currency, month (YYYY-MM of entry_date) and billability, so the month table reads a few rows instead of
-- every entry. `value` and `cost` are sums of each entry's minutes × unit price (unit cost) / 60 rounded on
-- its own, half away from zero; prices and minutes are never negative, so that is (minutes × price + 30) / 60
-- in integer division, as hours::HourValue and financials::HoursAmount compute it. Triggers on hour_entries
-- keep it in the same transaction as the entries; a group whose last entry goes is deleted. The CHECKs keep
-- sums integer: SQLite turns an overflowing integer sum into a float, which the upper bound refuses.
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
) WITHOUT ROWID;

INSERT INTO project_hour_months (org_id, project_id, currency, month, billable, minutes, value, cost, entries)
  SELECT org_id, project_id, currency, substr(entry_date, 1, 7), billable, SUM(minutes),
         SUM((minutes * unit_price + 30) / 60), SUM((minutes * unit_cost + 30) / 60), COUNT(*)
  FROM hour_entries
  GROUP BY org_id, project_id, currency, substr(entry_date, 1, 7), billable;

CREATE TRIGGER hour_entries_rollup_insert AFTER INSERT ON hour_entries BEGIN
  INSERT INTO project_hour_months (org_id, project_id, currency, month, billable, minutes, value, cost,
      entries)
    VALUES (NEW.org_id, NEW.project_id, NEW.currency, substr(NEW.entry_date, 1, 7), NEW.billable, NEW.minutes,
      (NEW.minutes * NEW.unit_price + 30) / 60, (NEW.minutes * NEW.unit_cost + 30) / 60, 1)
    ON CONFLICT (org_id, project_id, currency, month, billable) DO UPDATE SET
      minutes = project_hour_months.minutes + excluded.minutes,
      value = project_hour_months.value + excluded.value,
      cost = project_hour_months.cost + excluded.cost,
      entries = project_hour_months.entries + 1;
END;

-- Also fires for rows a foreign key's cascade would delete.
CREATE TRIGGER hour_entries_rollup_delete AFTER DELETE ON hour_entries BEGIN
  UPDATE project_hour_months SET
      minutes = minutes - OLD.minutes,
      value = value - (OLD.minutes * OLD.unit_price + 30) / 60,
      cost = cost - (OLD.minutes * OLD.unit_cost + 30) / 60,
      entries = entries - 1
    WHERE org_id = OLD.org_id AND project_id = OLD.project_id AND currency = OLD.currency
      AND month = substr(OLD.entry_date, 1, 7) AND billable = OLD.billable;
  DELETE FROM project_hour_months
    WHERE org_id = OLD.org_id AND project_id = OLD.project_id AND currency = OLD.currency
      AND month = substr(OLD.entry_date, 1, 7) AND billable = OLD.billable AND entries = 0;
END;

-- Only a change of what the rollup reads moves an entry's contribution (not a description or invoice_id):
-- the old one out, the new one in; org_id never changes.
CREATE TRIGGER hour_entries_rollup_update
  AFTER UPDATE OF project_id, currency, entry_date, billable, minutes, unit_price, unit_cost ON hour_entries
BEGIN
  UPDATE project_hour_months SET
      minutes = minutes - OLD.minutes,
      value = value - (OLD.minutes * OLD.unit_price + 30) / 60,
      cost = cost - (OLD.minutes * OLD.unit_cost + 30) / 60,
      entries = entries - 1
    WHERE org_id = OLD.org_id AND project_id = OLD.project_id AND currency = OLD.currency
      AND month = substr(OLD.entry_date, 1, 7) AND billable = OLD.billable;
  DELETE FROM project_hour_months
    WHERE org_id = OLD.org_id AND project_id = OLD.project_id AND currency = OLD.currency
      AND month = substr(OLD.entry_date, 1, 7) AND billable = OLD.billable AND entries = 0;
  INSERT INTO project_hour_months (org_id, project_id, currency, month, billable, minutes, value, cost,
      entries)
    VALUES (NEW.org_id, NEW.project_id, NEW.currency, substr(NEW.entry_date, 1, 7), NEW.billable, NEW.minutes,
      (NEW.minutes * NEW.unit_price + 30) / 60, (NEW.minutes * NEW.unit_cost + 30) / 60, 1)
    ON CONFLICT (org_id, project_id, currency, month, billable) DO UPDATE SET
      minutes = project_hour_months.minutes + excluded.minutes,
      value = project_hour_months.value + excluded.value,
      cost = project_hour_months.cost + excluded.cost,
      entries = project_hour_months.entries + 1;
END;
