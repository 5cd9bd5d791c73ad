-- wrk script: one focal point saving one report again and again, as a browser does: read the form (for its
-- version), post it. Every save carries a unique narrative; each is logged when sent and when answered, so the
-- stored revisions can be matched against the answers afterwards.
local path = os.getenv("REPORT_PATH")
local cookie = os.getenv("COOKIE")
local token = os.getenv("TOKEN"):gsub("%+", "%%2B"):gsub("/", "%%2F"):gsub("=", "%%3D")
local run = os.getenv("RUN_ID")
local log = io.open(os.getenv("SAVE_LOG"), "a")
local state, version, n, current = "get", nil, 0, nil

function request()
  if state == "get" then
    return wrk.format("GET", path, { ["Cookie"] = cookie })
  end
  n = n + 1
  current = run .. "-save-" .. n
  log:write(current, "\tsent\n")
  log:flush()
  local body = "Input.Version=" .. version .. "&Input.Completion=Limited&Input.Narrative=" .. current ..
    "&__RequestVerificationToken=" .. token
  return wrk.format("POST", path .. "?handler=Save",
    { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function response(status, headers, body)
  if state == "get" then
    version = body:match('name="Input.Version" value="(%d+)"')
    if version then state = "post" end
  else
    log:write(current, "\t", status, "\n")
    log:flush()
    state = "get"
  end
end
