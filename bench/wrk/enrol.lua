-- One enrolment POST per request, each from the next line of BENCH_ENROL_PAIRS:
-- "<session cookie> <csrf token> <course session id>", a different learner and session on
-- every line. wrk threads take interleaved lines; after the last line it starts again
-- (then the POST is an "already enrolled" one: bench/load.py reports how many were).
local lines = {}
for line in io.lines(os.getenv("BENCH_ENROL_PAIRS")) do
  local cookie, token, session = line:match("(%S+) (%S+) (%S+)")
  lines[#lines + 1] = wrk.format("POST", "/de/sessions/" .. session .. "/enrol/", {
    ["Cookie"] = "sessionid=" .. cookie .. "; csrftoken=" .. token,
    ["X-CSRFToken"] = token,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "")
end

local next_thread = 0
setup = function(thread)
  thread:set("thread_number", next_thread)
  next_thread = next_thread + 1
end

local sent = 0
local threads = tonumber(os.getenv("BENCH_WRK_THREADS") or "1")
request = function()
  local index = (thread_number + sent * threads) % #lines + 1
  sent = sent + 1
  return lines[index]
end
