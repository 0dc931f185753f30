-- GET /api/tasks/<id> for random ids among the benchmark user's tasks.
dofile(os.getenv("BENCH_LUA_DIR") .. "/ids.lua")

function request()
  return wrk.format("GET", "/api/tasks/" .. random_id())
end
