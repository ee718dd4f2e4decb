/**
 * Redis adapters for the core ports: conversation state and transcripts, the inbox that orders and
 * de-duplicates messages, the outboxes and leases. Multi-key updates run as Lua scripts on keys that share a
 * hash tag (the conversation id), so they stay atomic on a single server and in Redis Cluster. Key families
 * are documented in docs/redis.md.
 */
package vn.gialai.dvcbot.core.redis;
