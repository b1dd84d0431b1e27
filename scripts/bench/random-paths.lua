-- wrk script: each request GETs a path drawn at random from the file named by BENCH_PATHS (one path per line). With
-- BENCH_TOKEN set, it PATCHes it instead, as scripts/bench/run's writer does (If-Match: *, that bearer token): half
-- the writes change the CPTS's legal form, half its declared population.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
    paths[#paths + 1] = line
end
local token = os.getenv("BENCH_TOKEN")
local headers = token and { ["Authorization"] = "Bearer " .. token, ["If-Match"] = "*",
    ["Content-Type"] = "application/merge-patch+json" }

-- Each thread draws its own sequence.
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("seed", threads)
end

function init(args)
    math.randomseed(os.time() * 100 + seed)
end

local function patch()
    local kind = math.random(4)
    if kind == 1 then
        return '{"legalForm": "ASSOCIATION"}'
    elseif kind == 2 then
        return '{"legalForm": null}'
    end
    return string.format('{"declaredPopulation": {"value": %d, "precision": "ABOUT", "sourceId": "src_synth0000001"}}',
        20000 + math.random(32767))
end

function request()
    local path = paths[math.random(#paths)]
    if token then
        return wrk.format("PATCH", path, headers, patch())
    end
    return wrk.format("GET", path)
end
