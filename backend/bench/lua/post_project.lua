-- POST /api/tasks into the project BENCH_PROJECT_ID as many users, round-robin (tokens one a line in
-- BENCH_TOKENS_FILE; one line: one writer): writes by the members of a shared project.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format(
  '{"title": "Benchmark task", "description": "Created by make bench", "priority": 2, "project_id": %d}',
  tonumber(os.getenv("BENCH_PROJECT_ID"))
)

local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local tokens = {}
local n = 0
function init(args)
  for line in io.lines(os.getenv("BENCH_TOKENS_FILE")) do
    tokens[#tokens + 1] = "Bearer " .. line
  end
  assert(#tokens > 0, "BENCH_TOKENS_FILE lists no tokens")
  n = tid or 0
end

function request()
  n = n + 1
  wrk.headers["Authorization"] = tokens[1 + n % #tokens]
  return wrk.format()
end
