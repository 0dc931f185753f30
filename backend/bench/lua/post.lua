-- POST /api/tasks: every request creates a new task.
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title": "Benchmark task", "description": "Created by make bench", "priority": 2}'
