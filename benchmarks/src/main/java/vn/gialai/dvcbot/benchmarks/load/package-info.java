/**
 * The load run: starts the application jar with its embedded Redis and a stand-in for Zalo's servers, drives web
 * chat messages and signed Zalo events from many citizens, and prints throughput and latency beside the same
 * app's trivial-endpoint rate. Command and figures: docs/benchmarks.md.
 */
package vn.gialai.dvcbot.benchmarks.load;
