/**
 * The fault suite (docs/reliability.md): the application jar(s) on one Redis, on Sentinel or on Cluster, a
 * recording stand-in for Zalo, thousands of citizens' signed events delivered the way Zalo delivers them, and
 * one fault injected per scenario (SIGKILL of an instance or of Redis, a primary failover, platform error
 * storms, slow platform answers, every event delivered ten times). It counts what was lost, doubled and how long
 * the last reply took after the recovery. Run with {@code faults/run}; not part of {@code verify}.
 */
package vn.gialai.dvcbot.benchmarks.faults;
