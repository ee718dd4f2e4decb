/**
 * Versioned storage of the knowledge base in Redis, so editors can change answers while the bot runs: the
 * bundled YAML seeds it, every save is a new draft version, publishing makes a version live on every
 * instance (pub/sub), any version can be restored, and an audit log records who did what.
 */
package vn.gialai.dvcbot.kb.store;
