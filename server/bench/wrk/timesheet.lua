-- My hours: the signed-in user's week by project, work type and day: GET /api/v1/me/timesheet?week=…
-- on one of the last 26 ISO weeks (the generated entries run back from today).
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
local common = require("common")
setup = function(thread) thread:set("id", math.random(1, 1000000)) end
init = function(args) math.randomseed(id or os.time()) end
request = function()
  local t = os.time() - math.random(0, 25) * 7 * 86400
  return wrk.format("GET", "/api/v1/me/timesheet?week=" .. os.date("!%G-W%V", t), common.headers())
end
