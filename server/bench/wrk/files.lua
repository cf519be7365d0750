-- The Files tab's first page: GET /api/v1/customers/{id}/files
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/files")
