-- The Collaboration tab's Kanban board: a column per status with its count and first tasks: GET /api/v1/customers/{id}/board
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/board")
