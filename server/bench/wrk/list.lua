-- The customers list's first page, sorted by name.
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
local c = require("common")
function request()
  return wrk.format("GET", "/api/v1/customers?limit=50", c.headers())
end
