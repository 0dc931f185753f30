-- Shared by get_users.lua, post_users.lua and post_project.lua: many users' tokens (one a line in
-- BENCH_TOKENS_FILE), taken in turn, each thread starting at its own.
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
