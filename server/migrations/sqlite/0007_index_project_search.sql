-- Project search ("roll" finds "ERP roll-out") stays indexed at scale: FTS5 with the trigram tokenizer over
-- the case-folded name (projects.search_text). Each row is indexed behind two U+0001 characters, which no
-- name contains (names are single lines without control characters): a term of one or two characters, too
-- short for a trigram, then matches a name prefix as the phrase U+0001 U+0001 x or U+0001 x y. Contentless,
-- because the indexed text is not a column of projects; the triggers hand it the old text to delete.
CREATE VIRTUAL TABLE projects_search USING fts5(text, content='', tokenize='trigram');

INSERT INTO projects_search (rowid, text) SELECT id, char(1, 1) || search_text FROM projects;

CREATE TRIGGER projects_search_insert AFTER INSERT ON projects BEGIN
  INSERT INTO projects_search (rowid, text) VALUES (new.id, char(1, 1) || new.search_text);
END;
CREATE TRIGGER projects_search_delete AFTER DELETE ON projects BEGIN
  INSERT INTO projects_search (projects_search, rowid, text) VALUES ('delete', old.id, char(1, 1) || old.search_text);
END;
CREATE TRIGGER projects_search_update AFTER UPDATE OF search_text ON projects BEGIN
  INSERT INTO projects_search (projects_search, rowid, text) VALUES ('delete', old.id, char(1, 1) || old.search_text);
  INSERT INTO projects_search (rowid, text) VALUES (new.id, char(1, 1) || new.search_text);
END;

-- The Sales & projects tab's totals (a customer's sales cases): without it the planner walks every sales case
-- of the organization through projects_state (measured at size L: 1.3 s per tab at 32 connections).
CREATE INDEX projects_customer_state ON projects (org_id, customer_id, state);
