-- 90 % reads across the card's tabs and 10 % writes: add a note, move a task, edit a contact.
-- scripts/bench writes the tasks and contacts to change (with their versions) and the task statuses to
-- BENCH_TARGETS; each wrk thread takes its own share of them, so no two threads change the same row, and
-- keeps a row out of its pool while a change of it is in flight (a thread interleaves many connections).
-- Every acknowledged write goes to BENCH_WRITES.<thread> (the answer carries the changed row, so no state is
-- kept between request() and response()); scripts/bench-check-writes checks afterwards that each one is in
-- the database.
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
local c = require("common")
local threads = 0
local run = os.getenv("BENCH_RUN") or "0"  -- tells this run's notes from an earlier run's
local counter = 0
local tasks, contacts, statuses = {}, {}, {}

function setup(thread)
  threads = threads + 1
  thread:set("id", math.random(1, 1000000))
  thread:set("index", threads)
end

function init(args)
  math.randomseed(id or os.time())
  log = io.open(os.getenv("BENCH_WRITES") .. "." .. tostring(index), "w")
  local share = tonumber(os.getenv("BENCH_THREADS") or "2")
  local seen = { task = 0, contact = 0 }
  for line in io.lines(os.getenv("BENCH_TARGETS")) do
    local kind, a, b, s = line:match("^(%a+) (%d+) ?(%d*) ?(%d*)$")
    if kind == "status" then
      statuses[#statuses + 1] = tonumber(a)
    elseif kind == "task" or kind == "contact" then
      seen[kind] = seen[kind] + 1
      if seen[kind] % share == index - 1 then
        local pool = kind == "task" and tasks or contacts
        pool[#pool + 1] = { id = tonumber(a), version = tonumber(b), status = tonumber(s) }
      end
    end
  end
end

-- A random row of `pool`, taken out of it until its change is answered.
local function take(pool)
  if #pool == 0 then return nil end
  local i = math.random(#pool)
  local row = pool[i]
  pool[i] = pool[#pool]
  pool[#pool] = nil
  return row
end

local reads = {
  { 0.20, "/card" }, { 0.30, "" }, { 0.40, "/contacts" }, { 0.45, "/addresses" }, { 0.55, "/projects" },
  { 0.65, "/board" }, { 0.75, "/notes" }, { 0.80, "/files" },
}

local function write(kind)
  counter = counter + 1
  if kind == 1 then
    local body = '{"text":"Bench note ' .. run .. " " .. index .. "-" .. counter .. '"}'
    return wrk.format("POST", "/api/v1/customers/" .. c.customer() .. "/notes", c.headers(), body)
  elseif kind == 2 then
    local task = take(tasks)
    if task then
      local status = statuses[math.random(#statuses)]
      if status == task.status then status = statuses[(status % #statuses) + 1] or statuses[1] end
      local body = '{"statusId":' .. status .. ',"version":' .. task.version .. "}"
      return wrk.format("POST", "/api/v1/tasks/" .. task.id .. "/move", c.headers(), body)
    end
  else
    local contact = take(contacts)
    if contact then
      local body = '{"title":"Bench edit ' .. contact.id .. " " .. index .. "-" .. counter .. '","version":' ..
        contact.version .. "}"
      return wrk.format("PATCH", "/api/v1/contacts/" .. contact.id, c.headers(), body)
    end
  end
  return c.customer_get("/card")  -- nothing left to change: read instead
end

function request()
  local r = math.random()
  if r < 0.9 then
    for _, read in ipairs(reads) do
      if r < read[1] then return c.customer_get(read[2]) end
    end
    return wrk.format("GET", "/api/v1/customers?limit=20&q=kone", c.headers())
  end
  return write(math.random(3))
end

-- Only the answers to writes are read: a created note (201), a moved task and a changed contact are single
-- objects (with sorted keys they start with "assigneeId" and "addressId"); lists and the board never do.
function response(status, headers, body)
  if status == 201 then
    local note = body:match('"text":"(Bench note [^"]+)"')
    if note then
      log:write("note\t" .. note .. "\n")
      log:flush()
    end
    return
  end
  if status ~= 200 then return end
  local version = tonumber(body:match('"version":(%d+)') or "")  -- no nested object has one
  if not version then return end
  if body:sub(1, 13) == '{"addressId":' then
    local title, contact = body:match('"title":"(Bench edit (%d+) [^"]+)"')
    if title then
      contacts[#contacts + 1] = { id = tonumber(contact), version = version }
      log:write("contact\t" .. contact .. "\t" .. version .. "\t" .. title .. "\n")
      log:flush()
    end
  elseif body:sub(1, 14) == '{"assigneeId":' then
    -- Its own "id" is the only one after a comma (its users' come first in their objects).
    local task = tonumber(body:match(',"id":(%d+)'))
    local to = tonumber(body:match('"statusId":(%d+)'))
    if task and to then
      tasks[#tasks + 1] = { id = task, version = version, status = to }
      log:write("task\t" .. task .. "\t" .. version .. "\t" .. to .. "\n")
      log:flush()
    end
  end
end
