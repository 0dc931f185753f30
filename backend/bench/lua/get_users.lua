-- GET the URL's path as many users, round-robin (tokens one a line in BENCH_TOKENS_FILE): the members of a
-- shared project reading it.
dofile(os.getenv("BENCH_LUA_DIR") .. "/tokens.lua")
