-- Project search ("roll" finds "ERP roll-out") stays indexed at scale: a trigram GIN index over the
-- case-folded name (projects.search_text). It serves both LIKE '%term%' and, for terms of one or two
-- characters, the name prefix LIKE 'te%'.
CREATE INDEX projects_search ON projects USING gin (search_text gin_trgm_ops);

-- The Sales & projects tab's totals (a customer's sales cases): without it the planner walks every sales case
-- of the organization through projects_state (measured at size L: 1.3 s per tab at 32 connections).
CREATE INDEX projects_customer_state ON projects (org_id, customer_id, state);
