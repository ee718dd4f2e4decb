-- Shared head of the ticket transitions: result(code) answers the outcome code followed by the ticket's
-- fields (HGETALL of KEYS[1], which is always the ticket's hash), so the caller needs no second read.
local function result(code)
  local r = redis.call('HGETALL', KEYS[1])
  table.insert(r, 1, code)
  return r
end
