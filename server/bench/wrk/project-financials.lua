-- The project card's Financials tab: actuals from hours and fees against the forecast, month by month:
-- GET /api/v1/projects/{id}/financials on random projects
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
local common = require("common")
local projects = tonumber(os.getenv("BENCH_PROJECTS") or "2000")
setup = function(thread) thread:set("id", math.random(1, 1000000)) end
init = function(args) math.randomseed(id or os.time()) end
request = function()
  return wrk.format("GET", "/api/v1/projects/" .. math.random(1, projects) .. "/financials", common.headers())
end
