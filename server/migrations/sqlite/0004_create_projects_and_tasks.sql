-- Sales and task statuses (organization settings), projects and sales cases with members and status
-- history, and tasks with their board positions.

CREATE TABLE sales_statuses (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('in_progress', 'won', 'lost')),
  probability BIGINT NOT NULL CHECK (probability BETWEEN 0 AND 100),
  position BIGINT NOT NULL,
  is_active BIGINT NOT NULL DEFAULT 1,
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
-- Lists and board columns come in this order.
CREATE INDEX sales_statuses_order ON sales_statuses (org_id, position, id);

CREATE TABLE task_statuses (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  position BIGINT NOT NULL,
  is_done BIGINT NOT NULL DEFAULT 0,
  is_default BIGINT NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  is_active BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by BIGINT,
  updated_at TEXT NOT NULL,
  updated_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, name_key),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- At most one default; the service keeps exactly one.
CREATE UNIQUE INDEX task_statuses_one_default ON task_statuses (org_id) WHERE is_default = 1;
CREATE INDEX task_statuses_order ON task_statuses (org_id, position, id);

CREATE TABLE projects (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number BIGINT NOT NULL,
  name TEXT NOT NULL,
  -- Case-folded "name number" for substring search.
  search_text TEXT NOT NULL,
  customer_id BIGINT NOT NULL,
  owner_id BIGINT,
  sales_person_id BIGINT,
  sales_status_id BIGINT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('sales', 'open', 'closed')),
  expected_amount BIGINT,
  currency TEXT,
  probability BIGINT NOT NULL CHECK (probability BETWEEN 0 AND 100),
  expected_order_date TEXT,
  start_date TEXT,
  deadline TEXT,
  closed_date TEXT,
  description TEXT,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  UNIQUE (org_id, number),
  CHECK ((expected_amount IS NULL) = (currency IS NULL)),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, owner_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, sales_person_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, sales_status_id) REFERENCES sales_statuses (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- The customer's Sales & projects tab (newest first; the state filters the customer's own few rows) and totals.
CREATE INDEX projects_customer ON projects (org_id, customer_id, number);
CREATE INDEX projects_state ON projects (org_id, state, number);
CREATE INDEX projects_owner ON projects (org_id, owner_id, number);
CREATE INDEX projects_sales_person ON projects (org_id, sales_person_id);
CREATE INDEX projects_sales_status ON projects (org_id, sales_status_id);

CREATE TABLE project_members (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  project_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  PRIMARY KEY (org_id, project_id, user_id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id)
);
-- "Own" projects of a member.
CREATE INDEX project_members_user ON project_members (org_id, user_id, project_id);

CREATE TABLE project_status_history (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id BIGINT NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by BIGINT NOT NULL,
  from_status_id BIGINT,
  to_status_id BIGINT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, changed_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, from_status_id) REFERENCES sales_statuses (org_id, id),
  FOREIGN KEY (org_id, to_status_id) REFERENCES sales_statuses (org_id, id)
);
CREATE INDEX project_status_history_project ON project_status_history (org_id, project_id, id);
CREATE INDEX project_status_history_to ON project_status_history (org_id, to_status_id);
CREATE INDEX project_status_history_from ON project_status_history (org_id, from_status_id);

CREATE TABLE tasks (
  org_id BIGINT NOT NULL REFERENCES organizations (id),
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id BIGINT NOT NULL,
  -- The project's customer, kept here so the customer's board reads one index.
  customer_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  status_id BIGINT NOT NULL,
  assignee_id BIGINT,
  due_date TEXT,
  estimate_minutes BIGINT,
  -- Position in its status column: compared byte by byte, ties by id.
  rank TEXT NOT NULL,
  completed_at TEXT,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, status_id) REFERENCES task_statuses (org_id, id),
  FOREIGN KEY (org_id, assignee_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id)
);
-- The customer's board (columns in rank order, per-column counts) and the project's board and list.
CREATE INDEX tasks_customer_board ON tasks (org_id, customer_id, status_id, rank, id);
CREATE INDEX tasks_project_board ON tasks (org_id, project_id, status_id, rank, id);
CREATE INDEX tasks_project ON tasks (org_id, project_id, id);
CREATE INDEX tasks_status ON tasks (org_id, status_id);
CREATE INDEX tasks_assignee ON tasks (org_id, assignee_id);

INSERT INTO org_counters (org_id, name, value) SELECT id, 'project_number', 0 FROM organizations;

-- Every organization starts with the default statuses and a project number sequence: those that exist now,
-- and each one created later (by whichever command or test creates it).
INSERT INTO sales_statuses (org_id, name, name_key, category, probability, position, created_at, updated_at)
  SELECT id, 'Lead', 'lead', 'in_progress', 10, 1, created_at, created_at FROM organizations;
INSERT INTO sales_statuses (org_id, name, name_key, category, probability, position, created_at, updated_at)
  SELECT id, 'Qualified', 'qualified', 'in_progress', 25, 2, created_at, created_at FROM organizations;
INSERT INTO sales_statuses (org_id, name, name_key, category, probability, position, created_at, updated_at)
  SELECT id, 'Proposal', 'proposal', 'in_progress', 50, 3, created_at, created_at FROM organizations;
INSERT INTO sales_statuses (org_id, name, name_key, category, probability, position, created_at, updated_at)
  SELECT id, 'Negotiation', 'negotiation', 'in_progress', 75, 4, created_at, created_at FROM organizations;
INSERT INTO sales_statuses (org_id, name, name_key, category, probability, position, created_at, updated_at)
  SELECT id, 'Won', 'won', 'won', 100, 5, created_at, created_at FROM organizations;
INSERT INTO sales_statuses (org_id, name, name_key, category, probability, position, created_at, updated_at)
  SELECT id, 'Lost', 'lost', 'lost', 0, 6, created_at, created_at FROM organizations;
INSERT INTO task_statuses (org_id, name, name_key, position, is_done, is_default, created_at, updated_at)
  SELECT id, 'Not started', 'not started', 1, 0, 1, created_at, created_at FROM organizations;
INSERT INTO task_statuses (org_id, name, name_key, position, is_done, is_default, created_at, updated_at)
  SELECT id, 'In progress', 'in progress', 2, 0, 0, created_at, created_at FROM organizations;
INSERT INTO task_statuses (org_id, name, name_key, position, is_done, is_default, created_at, updated_at)
  SELECT id, 'In review', 'in review', 3, 0, 0, created_at, created_at FROM organizations;
INSERT INTO task_statuses (org_id, name, name_key, position, is_done, is_default, created_at, updated_at)
  SELECT id, 'Done', 'done', 4, 1, 0, created_at, created_at FROM organizations;

CREATE TRIGGER organizations_default_statuses AFTER INSERT ON organizations BEGIN
  INSERT INTO sales_statuses (org_id, name, name_key, category, probability, position, created_at, updated_at) VALUES
    (NEW.id, 'Lead', 'lead', 'in_progress', 10, 1, NEW.created_at, NEW.created_at),
    (NEW.id, 'Qualified', 'qualified', 'in_progress', 25, 2, NEW.created_at, NEW.created_at),
    (NEW.id, 'Proposal', 'proposal', 'in_progress', 50, 3, NEW.created_at, NEW.created_at),
    (NEW.id, 'Negotiation', 'negotiation', 'in_progress', 75, 4, NEW.created_at, NEW.created_at),
    (NEW.id, 'Won', 'won', 'won', 100, 5, NEW.created_at, NEW.created_at),
    (NEW.id, 'Lost', 'lost', 'lost', 0, 6, NEW.created_at, NEW.created_at);
  INSERT INTO task_statuses (org_id, name, name_key, position, is_done, is_default, created_at, updated_at) VALUES
    (NEW.id, 'Not started', 'not started', 1, 0, 1, NEW.created_at, NEW.created_at),
    (NEW.id, 'In progress', 'in progress', 2, 0, 0, NEW.created_at, NEW.created_at),
    (NEW.id, 'In review', 'in review', 3, 0, 0, NEW.created_at, NEW.created_at),
    (NEW.id, 'Done', 'done', 4, 1, 0, NEW.created_at, NEW.created_at);
  INSERT INTO org_counters (org_id, name, value) VALUES (NEW.id, 'project_number', 0);
END;
