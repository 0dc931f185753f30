-- PATCH /api/tasks/<id> without If-Match, on random ids among the user's tasks. The title carries the thread
-- and a counter, so every request really changes the row (an unchanged PATCH writes nothing).
dofile(os.getenv("BENCH_LUA_DIR") .. "/ids.lua")

-- wrk.format uses wrk.headers only when given no headers of its own, so the content type goes there too.
wrk.headers["Content-Type"] = "application/json"
local n = 0

function request()
  n = n + 1
  local body = string.format('{"title": "Edited t%d n%d", "priority": %d}', tid or 0, n, 1 + n % 4)
  return wrk.format("PATCH", "/api/tasks/" .. random_id(), nil, body)
end
