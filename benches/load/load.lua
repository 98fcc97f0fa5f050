-- wrk script for benches/load/run.sh.
--
-- Environment:
--   HUSHDESK_LOAD_AUTH    Basic-auth token (base64 of "key:X")
--   HUSHDESK_LOAD_BODY    file whose bytes are POSTed as JSON; unset: GET
--   HUSHDESK_LOAD_OUT     file the summary line is appended to
--   HUSHDESK_LOAD_LABEL   label written at the start of that line
--
-- Summary line: LABEL REQUESTS DURATION_US P50_US P90_US P99_US MAX_US
--               NON2XX SOCKET_ERRORS

wrk.headers["Authorization"] = "Basic " .. os.getenv("HUSHDESK_LOAD_AUTH")
wrk.headers["Accept"] = "application/json"

local body_file = os.getenv("HUSHDESK_LOAD_BODY")
if body_file ~= nil and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
  local e = summary.errors
  local out = assert(io.open(os.getenv("HUSHDESK_LOAD_OUT"), "a"))
  out:write(string.format("%s %d %d %d %d %d %d %d %d\n",
    os.getenv("HUSHDESK_LOAD_LABEL") or "run",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, e.status, e.connect + e.read + e.write + e.timeout))
  out:close()
end
