-- Shared by get_one.lua and patch.lua: the token header, a per-thread index and random seed, and the
-- benchmark user's task ids (one a line in BENCH_IDS_FILE).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

ids = {}
function init(args)
  for line in io.lines(os.getenv("BENCH_IDS_FILE")) do
    ids[#ids + 1] = line
  end
  assert(#ids > 0, "BENCH_IDS_FILE lists no ids")
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
end

function random_id()
  return ids[math.random(#ids)]
end
