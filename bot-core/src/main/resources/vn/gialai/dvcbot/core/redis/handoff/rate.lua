-- Keeps the citizen's rating of a closed ticket; the first rating wins.
-- KEYS: ticket (hash)
-- ARGV: rating (1-5)
-- Returns 1 when kept, else 0.
local ticket = KEYS[1]
local rating = ARGV[1]

if redis.call('HGET', ticket, 'status') ~= 'closed' then return 0 end
return redis.call('HSETNX', ticket, 'rating', rating)
