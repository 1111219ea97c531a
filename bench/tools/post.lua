-- wrk script for the side-by-side benchmark (PERFORMANCE.md §5.6).
-- BODY_FILE: the exact request body. BODY_TEMPLATE=1: the body holds one %d, filled per request (Q6, cold documents).
-- WRK_OUT: done() writes the exact totals there as JSON (wrk's text output rounds bytes and hides error kinds).
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"

if os.getenv("BODY_TEMPLATE") == "1" then
  local n = 0
  request = function()
    n = n + 1
    return wrk.format(nil, nil, nil, string.format(body, n))
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  local out = assert(io.open(os.getenv("WRK_OUT"), "w"))
  out:write(string.format(
    '{"requests":%d,"bytes":%d,"durationUs":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,'
      .. '"p50Us":%d,"p99Us":%d,"meanUs":%.1f}',
    summary.requests, summary.bytes, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean))
  out:close()
end
