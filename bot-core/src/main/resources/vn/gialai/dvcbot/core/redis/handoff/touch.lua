-- Renews the holder's lease (they replied, wrote a note or are typing).
-- KEYS: ticket (hash), assigned (sorted set by lease deadline)
-- ARGV: id, username (only the assignee may renew), leaseUntil (ms)
-- Returns result('done' | 'other' | 'state') or {'missing'}.
local ticket, assigned = KEYS[1], KEYS[2]
local id, username, leaseUntil = unpack(ARGV)

local status = redis.call('HGET', ticket, 'status')
if not status then return {'missing'} end
if status ~= 'assigned' then return result('state') end
if redis.call('HGET', ticket, 'assignee') ~= username then return result('other') end
redis.call('HSET', ticket, 'leaseUntil', leaseUntil)
redis.call('ZADD', assigned, leaseUntil, id)
return result('done')
