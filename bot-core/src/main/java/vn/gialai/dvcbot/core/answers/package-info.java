/**
 * The answer catalog port: what the conversation engine asks of the knowledge base (topics, entries, and
 * which entry a citizen's question matches). The knowledge-base module implements it; the engine never
 * sees YAML, OpenNLP or editing.
 */
package vn.gialai.dvcbot.core.answers;
