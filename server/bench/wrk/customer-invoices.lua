-- The customer card's invoice list (Financials tab): GET /api/v1/customers/{id}/invoices, newest first, on
-- random customers (customer-invoices-skewed: 80 % on the key accounts, which hold most invoices)
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/invoices")
