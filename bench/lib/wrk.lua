-- wrk's script for the harness (bench/lib/wrk.ts): the method and body from the environment,
-- a path of its own for every request when WRK_PATHS names a file of paths (one per line; past
-- the end the last one repeats and its refusal counts as a failure), and the summary as one JSON
-- line the harness parses. wrk runs with one thread, so one Lua state and one counter.
wrk.method = os.getenv("WRK_METHOD") or "GET"
local body = os.getenv("WRK_BODY")
if body and body ~= "" then wrk.body = body end

local paths = {}
local list = os.getenv("WRK_PATHS")
if list and list ~= "" then
  for line in io.lines(list) do paths[#paths + 1] = line end
end

if #paths > 0 then
  local sent = 0
  request = function()
    sent = sent + 1
    return wrk.format(nil, paths[math.min(sent, #paths)])
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"durationUs":%d,"requests":%d,"socketErrors":%d,"non2xx":%d,"timeouts":%d,"p99Us":%d}\n',
    summary.duration, summary.requests, e.connect + e.read + e.write, e.status, e.timeout,
    latency:percentile(99)))
end
