-- wrk script: each request GETs a path drawn at random from the file named by BENCH_PATHS (one path per line).
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
    paths[#paths + 1] = line
end

-- Each thread draws its own sequence.
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("seed", threads)
end

function init(args)
    math.randomseed(os.time() * 100 + seed)
end

function request()
    return wrk.format("GET", paths[math.random(#paths)])
end
