-- The Notes tab's first page (the customer's and its projects' notes): GET /api/v1/customers/{id}/notes
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/notes")
