package vn.gialai.dvcbot.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One load run against the application jar (docs/benchmarks.md): web chat at a fixed number of concurrent
 * citizens, the trivial endpoint at the same concurrency, then a burst of signed Zalo events answered through
 * the stand-in. Prints one block of figures with the machine's load average.
 */
public final class LoadRun {

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        // The JDK's HTTP server leaves Nagle on by default: every answer of the stand-in would wait for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        LoadSettings settings = LoadSettings.parse(args);
        Files.createDirectories(settings.workDir());
        int threads = Math.max(settings.webCitizens(), settings.zaloSenders());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService drivers = Executors.newFixedThreadPool(threads);
        try (ZaloStandIn standIn = new ZaloStandIn(settings.standInPort());
                AppProcess app = AppProcess.start(settings, ZaloLoad.environment(standIn.baseUrl()))) {
            System.out.printf("App pid %d on %s; log %s%n", app.pid(), app.baseUrl(), settings.workDir().resolve("app.log"));
            app.awaitReady(http, Duration.ofMinutes(3));
            WebChatClient webChat = new WebChatClient(http, app.baseUrl());
            HttpRequest liveness = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health/liveness")).build();

            System.out.println("Warming up for " + settings.warmUp().toSeconds() + " s …");
            webChat(drivers, webChat, settings.webCitizens(), settings.warmUp());
            trivial(drivers, http, liveness, settings.webCitizens(), Duration.ofSeconds(3));

            CpuMeter cpu = new CpuMeter(app.pid());
            CpuMeter.Sample start = cpu.sample();
            Phase web = webChat(drivers, webChat, settings.webCitizens(), settings.phase());
            String webLoad = loadAverage();
            CpuMeter.Sample afterWeb = cpu.sample();
            Phase trivial = trivial(drivers, http, liveness, settings.webCitizens(), settings.phase());
            String trivialLoad = loadAverage();
            CpuMeter.Sample afterTrivial = cpu.sample();
            ZaloLoad.Result zalo = new ZaloLoad(http, app.baseUrl(), standIn, settings).run(drivers);
            String zaloLoad = loadAverage();
            CpuMeter.Sample afterZalo = cpu.sample();

            System.out.println();
            System.out.printf(Locale.ROOT, "Web chat, %d citizens: %s (load average %s)%n", settings.webCitizens(),
                    web.describe("replies"), webLoad);
            System.out.println("  " + afterWeb.perOperation(start, web.ok() + web.failed()));
            System.out.printf(Locale.ROOT, "Trivial endpoint (GET /actuator/health/liveness), %d clients: %s (load average %s)%n",
                    settings.webCitizens(), trivial.describe("requests"), trivialLoad);
            System.out.println("  " + afterTrivial.perOperation(afterWeb, trivial.ok() + trivial.failed()));
            System.out.printf(Locale.ROOT, "Web chat / trivial rate: %.2f%n", web.rate() / trivial.rate());
            System.out.println(zalo.describe() + " (load average " + zaloLoad + ")");
            System.out.println("  " + afterZalo.perOperation(afterTrivial, zalo.events()) + " (per event)");
        } finally {
            drivers.shutdownNow();
            pool.shutdownNow();
        }
    }

    private static Phase webChat(ExecutorService drivers, WebChatClient client, int citizens, Duration length)
            throws Exception {
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < citizens; i++) {
            sessions.add(client.openSession());
        }
        return Phase.run(drivers, citizens, length, (citizen, n) -> client.send(sessions.get(citizen),
                Questions.pick(citizen * 7L + n)));
    }

    private static Phase trivial(ExecutorService drivers, HttpClient http, HttpRequest request, int clients,
            Duration length) throws Exception {
        return Phase.run(drivers, clients, length,
                (client, n) -> http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Closed-loop clients, each sending its next request when the last one is answered. */
    record Phase(int ok, int failed, Duration elapsed, Latencies latencies) {

        interface Call {
            boolean call(int client, long n) throws Exception;
        }

        static Phase run(ExecutorService drivers, int clients, Duration length, Call call) throws Exception {
            long start = System.nanoTime();
            long end = start + length.toNanos();
            List<Future<int[]>> results = new ArrayList<>();
            List<Latencies> latencies = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Latencies mine = new Latencies();
                latencies.add(mine);
                Callable<int[]> loop = () -> {
                    int ok = 0;
                    int failed = 0;
                    for (long n = 0; System.nanoTime() < end; n++) {
                        long t0 = System.nanoTime();
                        boolean done;
                        try {
                            done = call.call(client, n);
                        } catch (IOException e) {
                            done = false;
                        }
                        mine.add(System.nanoTime() - t0);
                        if (done) {
                            ok++;
                        } else {
                            failed++;
                        }
                    }
                    return new int[] {ok, failed};
                };
                results.add(drivers.submit(loop));
            }
            int ok = 0;
            int failed = 0;
            for (Future<int[]> result : results) {
                ok += result.get()[0];
                failed += result.get()[1];
            }
            return new Phase(ok, failed, Duration.ofNanos(System.nanoTime() - start), Latencies.merge(latencies));
        }

        double rate() {
            return ok / (elapsed.toNanos() / 1e9);
        }

        String describe(String what) {
            return String.format(Locale.ROOT, "%.0f %s/s (%d ok, %d failed in %.1f s), p50 %.1f ms, p99 %.1f ms",
                    rate(), what, ok, failed, elapsed.toNanos() / 1e9, latencies.percentileMs(50),
                    latencies.percentileMs(99));
        }
    }

}
