-- The project card's Financials tab of the heaviest project (1 in 50 of all hour entries):
-- GET /api/v1/projects/{BENCH_HEAVIEST_PROJECT}/financials
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
local common = require("common")
local project = os.getenv("BENCH_HEAVIEST_PROJECT") or "1"
request = function()
  return wrk.format("GET", "/api/v1/projects/" .. project .. "/financials", common.headers())
end
