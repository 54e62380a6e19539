-- wrk script for deploy/topology load: GETs the paths in ADTOPAPER_WRK_PATHS (separated
-- by spaces) in turn, and reports one line: requests, failures (non-2xx/3xx answers and
-- socket errors), the failed answers' status codes, p50/p99/max latency.
local paths = {}
for path in string.gmatch(os.getenv("ADTOPAPER_WRK_PATHS") or "/", "%S+") do
  paths[#paths + 1] = path
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

local next_path = 0
local failed = ""
function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  if status >= 400 then
    -- a short record per failure: the status and its request id
    if #failed < 2000 then
      failed = failed .. status .. ":" .. (headers["X-Request-Id"] or headers["x-request-id"] or "-") .. " "
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "requests=%d non2xx3xx=%d socket_errors=%d (connect %d read %d write %d timeout %d) "
      .. "p50_ms=%.2f p99_ms=%.2f max_ms=%.2f seconds=%.1f rps=%.0f\n",
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write,
    e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    seconds, summary.requests / seconds))
  for _, thread in ipairs(threads) do
    local f = thread:get("failed")
    if f ~= nil and f ~= "" then
      io.write("failed: " .. f .. "\n")
    end
  end
end
