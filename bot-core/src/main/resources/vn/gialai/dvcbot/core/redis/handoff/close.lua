-- Waiting or assigned → closed. The ticket and its notes expire after the retention; closed tickets older than
-- the retention leave the closed set; the conversation's pointer to its open ticket is dropped.
-- KEYS: ticket (hash), waiting, assigned, closed (sorted sets), open (hash conversation → ticket id), notes (list)
-- ARGV: id, username (who closes; empty for the citizen), mode, resolution (code), note, now (ms),
--       changes (pub/sub channel), retention (ms)
--   mode: 'force' (an admin), 'holder' (the assignee, or anyone while waiting) or 'citizen' (only while waiting).
-- Returns result('done' | 'already' | 'other') or {'missing'}.
local ticket, waiting, assigned, closed, open, notes = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6]
local id, username, mode, resolution, note, now, changes, retention = unpack(ARGV)

local status = redis.call('HGET', ticket, 'status')
if not status then return {'missing'} end
if status == 'closed' then return result('already') end
if mode == 'citizen' and status ~= 'waiting' then return result('other') end
if mode == 'holder' and status == 'assigned'
  and redis.call('HGET', ticket, 'assignee') ~= username then return result('other') end
local conversation = redis.call('HGET', ticket, 'channel') .. ':' .. redis.call('HGET', ticket, 'chatId')
redis.call('HSET', ticket, 'status', 'closed', 'closedAt', now, 'resolution', resolution,
  'note', note, 'closedBy', username)
redis.call('HDEL', ticket, 'leaseUntil')
redis.call('ZREM', waiting, id)
redis.call('ZREM', assigned, id)
redis.call('ZADD', closed, now, id)
redis.call('ZREMRANGEBYSCORE', closed, '-inf', tonumber(now) - tonumber(retention))
if redis.call('HGET', open, conversation) == id then redis.call('HDEL', open, conversation) end
redis.call('PEXPIRE', ticket, retention)
redis.call('PEXPIRE', notes, retention)
redis.call('PUBLISH', changes, 'closed:' .. id)
return result('done')
