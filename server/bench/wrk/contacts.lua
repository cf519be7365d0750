-- The Contacts & addresses tab's contact list, first page: GET /api/v1/customers/{id}/contacts
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require("common").customer_scenario("/contacts")
