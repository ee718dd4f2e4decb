-- Waiting → assigned to a volunteer; a claim by the volunteer who already holds the ticket renews the lease.
-- Records how long the ticket waited (the wait statistics' list, newest first, trimmed).
-- KEYS: ticket (hash), waiting (sorted set), assigned (sorted set by lease deadline), waits (list "claimedAt:waitedMs")
-- ARGV: id, username, displayName, now (ms), leaseUntil (ms), changes (pub/sub channel), waitsKept
-- Returns result('done' | 'already' | 'other' | 'state') or {'missing'}.
local ticket, waiting, assigned, waits = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local id, username, displayName, now, leaseUntil, changes, waitsKept = unpack(ARGV)

local status = redis.call('HGET', ticket, 'status')
if not status then return {'missing'} end
if status == 'closed' then return result('state') end
if status == 'assigned' then
  if redis.call('HGET', ticket, 'assignee') ~= username then return result('other') end
  redis.call('HSET', ticket, 'leaseUntil', leaseUntil)
  redis.call('ZADD', assigned, leaseUntil, id)
  return result('already')
end
local since = tonumber(redis.call('HGET', ticket, 'waitingSince') or now)
redis.call('HSET', ticket, 'status', 'assigned', 'assignee', username, 'assigneeName', displayName,
  'claimedAt', now, 'leaseUntil', leaseUntil)
redis.call('ZREM', waiting, id)
redis.call('ZADD', assigned, leaseUntil, id)
redis.call('LPUSH', waits, now .. ':' .. (tonumber(now) - since))
redis.call('LTRIM', waits, 0, tonumber(waitsKept) - 1)
redis.call('PUBLISH', changes, 'claimed:' .. id)
return result('done')
