-- The Projects list's search as a person types it: substrings of generated project names and numbers (one-
-- and two-character terms match a name prefix), first page: GET /api/v1/projects?q=…
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
local c = require("common")
local terms = { "roll", "data", "migr", "audit", "train", "integ", "website ren", "cloud", "support agr", "12",
  "1234", "d", "au", "xyz" }
function setup(thread) thread:set("id", math.random(1, 1000000)) end
function init(args) math.randomseed(id or os.time()) end
function request()
  local q = terms[math.random(#terms)]:gsub(" ", "%%20")
  return wrk.format("GET", "/api/v1/projects?limit=50&q=" .. q, c.headers())
end
