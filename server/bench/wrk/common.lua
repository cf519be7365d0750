-- Shared by every scenario: bearer token and id range from the environment, seeded per thread.
local M = {}
M.token = os.getenv("BENCH_TOKEN")
M.customers = tonumber(os.getenv("BENCH_CUSTOMERS") or "1000")
M.first_customer = tonumber(os.getenv("BENCH_FIRST_CUSTOMER") or "1")
M.skew = os.getenv("BENCH_SKEW") == "1"
-- The key accounts: the first 1 in 300 customers, as app/datagen_support.hpp (HeavyCustomers) makes them.
M.heavy = math.max(1, math.floor(M.customers / 300))

function M.headers()
  return { ["Authorization"] = "Bearer " .. M.token, ["Content-Type"] = "application/json" }
end

-- A customer id: uniform, or skewed so that 80 % of requests hit the key accounts (a quarter of the generated
-- contacts, projects, tasks and notes).
function M.customer()
  if M.skew and math.random() < 0.8 then
    return M.first_customer + math.random(0, M.heavy - 1)
  end
  return M.first_customer + math.random(0, M.customers - 1)
end

-- GET of one of a random customer's pages: "" (the customer), "/card", "/contacts", "/board", …
function M.customer_get(suffix)
  return wrk.format("GET", "/api/v1/customers/" .. M.customer() .. suffix, M.headers())
end

-- The standard per-thread set-up of a scenario that only reads a random customer's `suffix` page.
function M.customer_scenario(suffix)
  setup = function(thread) thread:set("id", math.random(1, 1000000)) end
  init = function(args) math.randomseed(id or os.time()) end
  request = function() return M.customer_get(suffix) end
end

return M
