/**
 * The knowledge base's content: one YAML file per entry (contracts §2), the menu categories and the
 * out-of-scope examples, loaded from the bundled folder inside the jar or from a folder on disk.
 */
package vn.gialai.dvcbot.kb.content;
