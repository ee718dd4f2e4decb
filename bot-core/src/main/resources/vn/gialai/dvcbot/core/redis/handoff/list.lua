-- The tickets of one status set in one round trip: ids from the set, then each ticket's hash.
-- The ticket keys are built from the prefix; they share the set's {handoff} hash tag, so they live in the
-- set's Cluster slot.
-- KEYS: set (waiting, assigned or closed: a sorted set of ticket ids)
-- ARGV: ticketPrefix (the ticket key without the id), newestFirst ('1': highest scores first), last (index of
--       the last id to read; -1 for all)
-- Returns a list of HGETALL replies, one per ticket that still exists.
local set = KEYS[1]
local ticketPrefix, newestFirst, last = ARGV[1], ARGV[2], tonumber(ARGV[3])

local ids
if newestFirst == '1' then ids = redis.call('ZREVRANGE', set, 0, last) else ids = redis.call('ZRANGE', set, 0, last) end
local tickets = {}
for _, id in ipairs(ids) do
  local fields = redis.call('HGETALL', ticketPrefix .. id)
  if #fields > 0 then table.insert(tickets, fields) end
end
return tickets
