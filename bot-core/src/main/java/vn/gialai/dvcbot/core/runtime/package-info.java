/**
 * What keeps the core running in the background: the periodic sweep that picks up messages and deliveries
 * a stopped instance left behind, the clock and the daemon threads.
 */
package vn.gialai.dvcbot.core.runtime;
