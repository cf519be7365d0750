-- The customer card header: GET /api/v1/customers/{id}/card
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/card")
