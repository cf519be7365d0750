-- The Activities section's past list (done-at descending): GET /api/v1/customers/{id}/activities?state=done
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/activities?state=done")
