-- Opens a waiting ticket for a conversation, unless the conversation already has an open one.
-- KEYS: ticket (the new ticket's hash), waiting (sorted set by creation time), open (hash conversation → ticket id)
-- ARGV: conversation (channel:chatId), id (the new ticket's id), channel, chatId, commune, question (the first
--       question), now (ms), changes (pub/sub channel)
-- Returns {'existing', id of the open ticket} or {'created', id}.
local ticket, waiting, open = KEYS[1], KEYS[2], KEYS[3]
local conversation, id, channel, chatId, commune, question, now, changes = unpack(ARGV)

local existing = redis.call('HGET', open, conversation)
if existing then return {'existing', existing} end
redis.call('HSET', ticket, 'id', id, 'status', 'waiting', 'channel', channel, 'chatId', chatId,
  'commune', commune, 'firstQuestion', question, 'createdAt', now, 'waitingSince', now)
redis.call('ZADD', waiting, now, id)
redis.call('HSET', open, conversation, id)
redis.call('PUBLISH', changes, 'requested:' .. id)
return {'created', id}
