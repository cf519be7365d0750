-- The Sales & projects tab: the customer's sales cases and projects, open and closed, with totals: GET /api/v1/customers/{id}/projects
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/projects")
