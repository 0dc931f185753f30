-- POST /api/tasks as many users, round-robin (tokens one a line in BENCH_TOKENS_FILE): the write path
-- without one user's writes queueing behind each other.
dofile(os.getenv("BENCH_LUA_DIR") .. "/tokens.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title": "Benchmark task", "description": "Created by make bench", "priority": 2}'
