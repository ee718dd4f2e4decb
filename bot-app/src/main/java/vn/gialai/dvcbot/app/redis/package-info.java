/**
 * The embedded Redis for a local trial: started when no {@code REDIS_URL} is configured, keeping its data in
 * an append-only file under ./data/ so a restart keeps conversations.
 */
package vn.gialai.dvcbot.app.redis;
