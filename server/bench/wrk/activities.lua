-- The Activities section's first page (planned, date ascending): GET /api/v1/customers/{id}/activities
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/activities")
