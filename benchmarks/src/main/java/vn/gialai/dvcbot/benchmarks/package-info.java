/**
 * Benchmarks of the matcher (JMH) and the Lucene BM25 baseline it is compared with; built only with the Maven
 * profile "benchmarks". Results and commands: docs/benchmarks.md.
 */
package vn.gialai.dvcbot.benchmarks;
