-- The HTTP stack's ceiling: no database, no authentication.
function request() return wrk.format("GET", "/healthz") end
