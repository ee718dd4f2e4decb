-- Sets one field of an open ticket and tells the consoles; a closed or missing ticket is left alone.
-- KEYS: ticket (hash)
-- ARGV: field, value, onlyIfUnknown ('1': keep a value the ticket already has), changes (pub/sub channel),
--       change (the message published)
-- Returns 1 when set, else 0.
local ticket = KEYS[1]
local field, value, onlyIfUnknown, changes, change = unpack(ARGV)

local status = redis.call('HGET', ticket, 'status')
if not status or status == 'closed' then return 0 end
if onlyIfUnknown == '1' then
  local current = redis.call('HGET', ticket, field)
  if current and current ~= '' then return 0 end
end
redis.call('HSET', ticket, field, value)
redis.call('PUBLISH', changes, change)
return 1
