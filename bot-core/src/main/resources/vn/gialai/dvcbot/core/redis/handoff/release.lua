-- Assigned → waiting, keeping the citizen's place (the waiting set is ordered by creation time).
-- KEYS: ticket (hash), waiting (sorted set), assigned (sorted set by lease deadline)
-- ARGV: id, username, mode, now (ms), changes (pub/sub channel), change (the word published: 'released' or 'expired')
--   mode: 'force' (an admin), 'holder' (only the assignee) or 'lapsed' (only once the lease deadline has passed;
--   the sweep of any instance).
-- Returns result('done' | 'already' | 'other' | 'state') or {'missing'}; a ticket that is not assigned leaves
-- the assigned set whatever the outcome.
local ticket, waiting, assigned = KEYS[1], KEYS[2], KEYS[3]
local id, username, mode, now, changes, change = unpack(ARGV)

local status = redis.call('HGET', ticket, 'status')
if not status then redis.call('ZREM', assigned, id) return {'missing'} end
if status ~= 'assigned' then redis.call('ZREM', assigned, id) end
if status == 'waiting' then return result('already') end
if status == 'closed' then return result('state') end
if mode == 'holder' and redis.call('HGET', ticket, 'assignee') ~= username then return result('other') end
if mode == 'lapsed' then
  local lease = tonumber(redis.call('HGET', ticket, 'leaseUntil') or '0')
  if lease > tonumber(now) then
    redis.call('ZADD', assigned, lease, id)
    return result('other')
  end
end
redis.call('HSET', ticket, 'status', 'waiting', 'waitingSince', now)
redis.call('HDEL', ticket, 'assignee', 'assigneeName', 'leaseUntil')
redis.call('ZREM', assigned, id)
redis.call('ZADD', waiting, redis.call('HGET', ticket, 'createdAt'), id)
redis.call('PUBLISH', changes, change .. ':' .. id)
return result('done')
