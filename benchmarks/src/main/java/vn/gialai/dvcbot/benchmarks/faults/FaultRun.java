package vn.gialai.dvcbot.benchmarks.faults;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The fault suite (docs/reliability.md). For each scenario: a fresh Redis set-up, the app instance(s), the
 * platform stand-in; citizens' events sent until acknowledged; once 30% are acknowledged, the fault; then it
 * waits until every acknowledged citizen has an answer (or two minutes after the recovery) and until no send
 * arrived for 5 s, and prints one row: events, acknowledged, answered, lost, doubled, sends in flight at the
 * fault, and the time from the recovery (restart, promotion, end of the storm) to the last delivery.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar vn.gialai.dvcbot.benchmarks.faults.FaultRun \
 *   --jar=bot-app/target/dvc-bot.jar --citizens=2000 --scenarios=all</pre>
 */
public final class FaultRun {

    private final Path jar;
    private final Path work;
    private final int citizens;
    private final int senders;
    private final double rate;
    /** Apps from here, their embedded Redis +10, the platform +20, nginx +30, Redis nodes +40, sentinels +50. */
    private final int appPort;
    private final int redisPort;
    private final HttpClient http;

    private FaultRun(Path jar, Path work, int citizens, int senders, double rate, int basePort) {
        this.jar = jar;
        this.work = work;
        this.citizens = citizens;
        this.senders = senders;
        this.rate = rate;
        this.appPort = basePort;
        this.redisPort = basePort + 40;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        FaultRun run = new FaultRun(Path.of(given.getOrDefault("jar", "bot-app/target/dvc-bot.jar")).toAbsolutePath(),
                Path.of(given.getOrDefault("work-dir", "benchmarks/target/faults")).toAbsolutePath(),
                Integer.parseInt(given.getOrDefault("citizens", "1000")),
                Integer.parseInt(given.getOrDefault("senders", "16")),
                Double.parseDouble(given.getOrDefault("rate", "10")),
                Integer.parseInt(given.getOrDefault("base-port", "12200")));
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario scenario : Scenario.parse(given.getOrDefault("scenarios", "all"))) {
            System.out.println("== " + scenario.id + ": " + scenario.description);
            Outcome outcome = run.run(scenario);
            System.out.println(Outcome.header().lines().findFirst().orElseThrow());
            System.out.println(outcome.row());
            outcomes.add(outcome);
        }
        System.out.println();
        System.out.println(Outcome.header());
        outcomes.forEach(outcome -> System.out.println(outcome.row()));
        boolean met = outcomes.stream().allMatch(o -> o.lost() == 0);
        System.exit(met ? 0 : 1);
    }

    private Outcome run(Scenario scenario) throws Exception {
        long began = System.currentTimeMillis();
        Path dir = work.resolve(scenario.id);
        deleteRecursively(dir);
        Files.createDirectories(dir);
        ExecutorService pool = Executors.newCachedThreadPool();
        List<AppInstance> apps = new ArrayList<>();
        Nginx nginx = null;
        try (RecordingPlatform platform = new RecordingPlatform(appPort + 20);
                RedisSetUp redis = RedisSetUp.start(scenario.redis, dir, redisPort)) {
            Map<String, String> environment = new HashMap<>(redis.environment());
            environment.putAll(ZaloCitizens.environment(platform.baseUrl()));
            for (int i = 0; i < scenario.instances; i++) {
                AppInstance app = new AppInstance("app-" + (i + 1), jar, dir.resolve("app-" + (i + 1)),
                        appPort + i, appPort + 10 + i, environment);
                app.start();
                apps.add(app);
            }
            for (AppInstance app : apps) {
                app.awaitReady(http);
            }
            List<java.net.URI> webhooks = apps.stream().map(AppInstance::webhook).toList();
            if (scenario.proxied()) {
                nginx = Nginx.start(dir.resolve("nginx"), appPort + 30,
                        java.util.stream.IntStream.range(0, apps.size()).map(i -> appPort + i).boxed().toList());
                webhooks = List.of(nginx.webhook());
            }
            // A redelivery scenario sends each citizen's event that many times, so it sends that much faster.
            ZaloCitizens people = new ZaloCitizens(http, webhooks, scenario.id + "-" + began, citizens,
                    scenario.copies, rate * scenario.copies);
            List<Future<?>> sending = people.start(pool, senders);
            RedisSetUp.awaitUntil("30% acknowledged", Duration.ofMinutes(10),
                    () -> people.acknowledged() >= citizens * 3 / 10);
            java.util.BitSet before = people.acknowledgedNow();
            Backlog backlog = Backlog.at(before, people, platform, System.currentTimeMillis());
            Timeline timeline = Timeline.start(pool, before, platform);
            Fault fault = inject(scenario, apps, redis, platform, before);
            for (Future<?> sender : sending) {
                sender.get();
            }
            long deadline = Math.max(fault.recoveredAt(), System.currentTimeMillis()) + 120_000;
            RedisSetUp.awaitUntil("every acknowledged citizen answered", Duration.ofMinutes(15), () ->
                    answeredAll(people, platform) || System.currentTimeMillis() > deadline);
            RedisSetUp.awaitUntil("no send for 5 s", Duration.ofMinutes(5),
                    () -> System.currentTimeMillis() - platform.lastSendAt() > 5_000);
            System.out.println("Unanswered of those acknowledged before the fault, each second after it: "
                    + timeline.stop(fault));
            return Outcome.count(scenario, people, citizens, platform.sends(), fault, backlog, platform.lastSendAt(),
                    (System.currentTimeMillis() - began) / 1000);
        } finally {
            if (nginx != null) {
                nginx.close();
            }
            for (AppInstance app : apps) {
                app.close();
            }
            pool.shutdownNow();
        }
    }

    /**
     * When the fault struck, when the system was whole again, what was in flight at the fault, and whose events
     * were acknowledged before it (their replies were pending or already sent).
     */
    record Fault(long at, long recoveredAt, String inFlight, java.util.BitSet acknowledgedBefore) {
    }

    private Fault inject(Scenario scenario, List<AppInstance> apps, RedisSetUp redis, RecordingPlatform platform,
            java.util.BitSet before) throws Exception {
        long at = System.currentTimeMillis();
        switch (scenario) {
            case APP_KILL, INSTANCE_KILL, NGINX_INSTANCE_KILL -> {
                String leases = outboxLeases(scenario == Scenario.APP_KILL ? appPort + 10 : redisPort);
                String open = platform.open() + " at the platform";
                apps.get(0).kill();
                apps.get(0).start();
                return new Fault(at, apps.get(0).awaitReady(http), open + ", " + leases, before);
            }
            case REDIS_KILL -> {
                String leases = outboxLeases(redisPort);
                redis.kill(redisPort);
                Thread.sleep(2_000);
                redis.restart(redisPort);
                return new Fault(at, System.currentTimeMillis(), leases, before);
            }
            case SENTINEL_FAILOVER -> {
                int primary = redis.primary();
                String leases = outboxLeases(primary);
                redis.kill(primary);
                RedisSetUp.awaitUntil("a replica promoted", () -> redis.primary() != primary);
                return new Fault(at, System.currentTimeMillis(), leases, before);
            }
            case CLUSTER_FAILOVER -> {
                redis.kill(redisPort);
                // The others mark the dead primary failed after the node timeout; its replica is promoted then.
                RedisSetUp.awaitUntil("the primary marked failed", () -> RedisSetUp.command(redisPort + 1, "CLUSTER",
                        "NODES").lines().anyMatch(line -> line.contains(":" + redisPort + "@")
                        && line.contains("master,fail ")));
                RedisSetUp.awaitUntil("the cluster ok again", () ->
                        RedisSetUp.command(redisPort + 1, "CLUSTER", "INFO").contains("cluster_state:ok"));
                return new Fault(at, System.currentTimeMillis(), "-", before);
            }
            case PLATFORM_5XX, PLATFORM_429, SLOW_PLATFORM -> {
                platform.behave(scenario == Scenario.PLATFORM_5XX ? RecordingPlatform.Behaviour.SERVER_ERRORS
                        : scenario == Scenario.PLATFORM_429 ? RecordingPlatform.Behaviour.RATE_LIMITED
                        : RecordingPlatform.Behaviour.SLOW);
                Thread.sleep(scenario == Scenario.SLOW_PLATFORM ? 15_000 : 10_000);
                platform.behave(RecordingPlatform.Behaviour.ANSWERS);
                return new Fault(at, System.currentTimeMillis(), "-", before);
            }
            default -> {
                return new Fault(at, System.currentTimeMillis(), "-", before);
            }
        }
    }

    /** Outbox leases held at this moment (each one a conversation whose head may be in flight). */
    private static String outboxLeases(int redisPort) {
        try {
            String answer = RedisSetUp.command(redisPort, "EVAL",
                    "return #redis.call('KEYS', ARGV[1])", "0", "dvc:conv:*:outbox-lease");
            return answer.trim().replace(":", "") + " outbox leases";
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private boolean answeredAll(ZaloCitizens people, RecordingPlatform platform) {
        for (int i = 0; i < citizens; i++) {
            if (people.wasAcknowledged(i) && !platform.sends().containsKey(ZaloCitizens.USER_PREFIX + i)) {
                return false;
            }
        }
        return true;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
