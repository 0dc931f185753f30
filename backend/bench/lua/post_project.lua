-- POST /api/tasks into the project BENCH_PROJECT_ID as many users, round-robin (tokens one a line in
-- BENCH_TOKENS_FILE; one line: one writer): writes by the members of a shared project.
dofile(os.getenv("BENCH_LUA_DIR") .. "/tokens.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format(
  '{"title": "Benchmark task", "description": "Created by make bench", "priority": 2, "project_id": %d}',
  tonumber(os.getenv("BENCH_PROJECT_ID"))
)
