/**
 * The app on several Redis topologies: a primary with a replica watched by Redis Sentinel (and its failover),
 * and a Redis Cluster of three primaries and three replicas, all real redis-server processes on loopback.
 */
package vn.gialai.dvcbot.app.topology;
