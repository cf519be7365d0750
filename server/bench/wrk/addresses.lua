-- The Contacts & addresses tab's addresses: GET /api/v1/customers/{id}/addresses
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/addresses")
