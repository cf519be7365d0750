-- Project search ("roll" finds "ERP roll-out") stays indexed at scale: a trigram GIN index over the
-- case-folded name (projects.search_text). It serves both LIKE '%term%' and, for terms of one or two
-- characters, the name prefix LIKE 'te%'.
CREATE INDEX projects_search ON projects USING gin (search_text gin_trgm_ops);
