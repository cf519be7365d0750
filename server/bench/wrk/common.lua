-- Shared by every scenario: bearer token and id range from the environment, seeded per thread.
local M = {}
M.token = os.getenv("BENCH_TOKEN")
M.customers = tonumber(os.getenv("BENCH_CUSTOMERS") or "1000")
M.first_customer = tonumber(os.getenv("BENCH_FIRST_CUSTOMER") or "1")
M.skew = os.getenv("BENCH_SKEW") == "1"

function M.headers()
  return { ["Authorization"] = "Bearer " .. M.token, ["Content-Type"] = "application/json" }
end

-- A customer id: uniform, or skewed so that 80 % of requests hit the first 1 % of customers (the heavy ones).
function M.customer()
  if M.skew and math.random() < 0.8 then
    return M.first_customer + math.random(0, math.max(0, math.floor(M.customers / 100) - 1))
  end
  return M.first_customer + math.random(0, M.customers - 1)
end

local errors = 0
function M.response(status, headers, body)
  if status >= 400 then errors = errors + 1 end
end

return M
