-- One customer: GET /api/v1/customers/{id}
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
local c = require("common")
function setup(thread) thread:set("id", math.random(1, 1000000)) end
function init(args) math.randomseed(id or os.time()) end
function request()
  return wrk.format("GET", "/api/v1/customers/" .. c.customer(), c.headers())
end
