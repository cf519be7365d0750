-- 90 % reads (card header, customer, search) and 10 % writes (create a customer with a unique name).
-- Every acknowledged write (201) appends its unique name to BENCH_WRITES.<thread>; scripts/bench checks
-- afterwards that each of them is in the database. Responses carry the created row, so no request state
-- is kept between request() and response() (a wrk thread interleaves many connections).
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
local c = require("common")
local counter = 0
function setup(thread) thread:set("id", math.random(1, 1000000)) end
function init(args)
  math.randomseed(id or os.time())
  log = io.open(os.getenv("BENCH_WRITES") .. "." .. tostring(id), "w")
end
function request()
  counter = counter + 1
  local r = math.random()
  if r < 0.1 then
    local name = "Bench write " .. tostring(id) .. "-" .. tostring(counter)
    return wrk.format("POST", "/api/v1/customers", c.headers(), '{"name":"' .. name .. '","country":"FI"}')
  elseif r < 0.5 then
    return wrk.format("GET", "/api/v1/customers/" .. c.customer() .. "/card", c.headers())
  elseif r < 0.8 then
    return wrk.format("GET", "/api/v1/customers/" .. c.customer(), c.headers())
  end
  return wrk.format("GET", "/api/v1/customers?limit=20&q=kone", c.headers())
end
function response(status, headers, body)
  if status == 201 then
    local name = body:match('"name":"(Bench write [^"]+)"')
    log:write(name .. "\n")
    log:flush()
  end
end
