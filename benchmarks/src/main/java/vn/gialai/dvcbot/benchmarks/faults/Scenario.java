package vn.gialai.dvcbot.benchmarks.faults;

import java.util.Arrays;
import java.util.List;
import vn.gialai.dvcbot.benchmarks.faults.RedisSetUp.Kind;

/** One fault, the Redis it runs on, how many app instances, and how often each event is delivered. */
enum Scenario {
    APP_KILL("app-kill", Kind.EMBEDDED, 1, 1, "SIGKILL of the only app (embedded Redis), restarted at once"),
    INSTANCE_KILL("instance-kill", Kind.SERVER, 2, 1, "SIGKILL of one of two instances, restarted at once"),
    NGINX_INSTANCE_KILL("nginx-instance-kill", Kind.SERVER, 3, 1,
            "three instances behind nginx (one address for Zalo); SIGKILL of one, restarted at once"),
    REDIS_KILL("redis-kill", Kind.SERVER, 2, 1, "SIGKILL of redis-server (appendfsync always), restarted after 2 s"),
    SENTINEL_FAILOVER("sentinel-failover", Kind.SENTINEL, 2, 1,
            "SIGKILL of the primary; Sentinel promotes a replica (acknowledge-replicas 1)"),
    CLUSTER_FAILOVER("cluster-failover", Kind.CLUSTER, 2, 1, "SIGKILL of a cluster primary; its replica takes over"),
    PLATFORM_5XX("platform-5xx", Kind.SERVER, 2, 1, "Zalo answers 502 to every send for 10 s"),
    PLATFORM_429("platform-429", Kind.SERVER, 2, 1, "Zalo answers 429 (Retry-After 2 s) to every send for 10 s"),
    SLOW_PLATFORM("slow-platform", Kind.SERVER, 2, 1, "Zalo answers each send after 12 s (longer than the lease) for 15 s"),
    REDELIVERY("redelivery", Kind.SERVER, 2, 10, "every event delivered 10 times");

    final String id;
    final Kind redis;
    final int instances;
    final int copies;
    final String description;

    Scenario(String id, Kind redis, int instances, int copies, String description) {
        this.id = id;
        this.redis = redis;
        this.instances = instances;
        this.copies = copies;
        this.description = description;
    }

    /** Citizens reach the instances through nginx instead of trying them in turn themselves. */
    boolean proxied() {
        return this == NGINX_INSTANCE_KILL;
    }

    static List<Scenario> parse(String list) {
        if (list.equals("all")) {
            return List.of(values());
        }
        return Arrays.stream(list.split(",")).map(String::trim).map(id -> Arrays.stream(values())
                .filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown scenario " + id + "; known: "
                        + Arrays.stream(values()).map(s -> s.id).toList()))).toList();
    }
}
