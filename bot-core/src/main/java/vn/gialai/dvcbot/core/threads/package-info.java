/** Named daemon threads for the pools of the core and the channels, so thread dumps say what each pool is for. */
package vn.gialai.dvcbot.core.threads;
