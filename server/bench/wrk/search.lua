-- Customer list search as a person types it: substrings of generated names, first page.
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
local c = require("common")
local terms = { "aalto", "pohj", "rakennus", "fjord", "energi", "kone", "data", "vest", "12", "1234", "saimaa oy" }
function setup(thread) thread:set("id", math.random(1, 1000000)) end
function init(args) math.randomseed(id or os.time()) end
function request()
  local q = terms[math.random(#terms)]:gsub(" ", "%%20")
  return wrk.format("GET", "/api/v1/customers?limit=50&q=" .. q, c.headers())
end
