package vn.gialai.dvcbot.benchmarks.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Citizens writing to the OA, one question each, delivered the way Zalo delivers: each event is sent until a
 * webhook acknowledges it (HTTP 200), to whichever instance answers (as a reverse proxy with retries would), and
 * with {@code copies} &gt; 1 it is delivered that many times even after it was acknowledged.
 */
final class ZaloCitizens {

    static final String APP_ID = "2553928453557884079";
    private static final String OA_SECRET = "fault-suite-oa-secret";
    static final String USER_PREFIX = "citizen";
    private static final List<String> QUESTIONS = List.of("làm giấy khai sinh cho con ở đâu",
            "đăng ký kết hôn cần những gì", "cấp lại cccd bị mất", "dang ky tam tru can gi",
            "chứng thực bản sao mất bao nhiêu tiền", "cấp đổi giấy phép lái xe");

    private final HttpClient http;
    private final List<URI> webhooks;
    private final String run;
    private final int citizens;
    private final int copies;
    private final AtomicIntegerArray acknowledged;
    private final java.util.concurrent.atomic.AtomicLongArray acknowledgedAt;
    private final java.util.concurrent.atomic.AtomicLongArray firstSentAt;
    private final AtomicInteger acknowledgedCount = new AtomicInteger();
    /** Events per second over all senders; 0: each sender sends its next event as soon as one is acknowledged. */
    private final double rate;
    private final AtomicInteger refusals = new AtomicInteger();

    ZaloCitizens(HttpClient http, List<URI> webhooks, String run, int citizens, int copies, double rate) {
        this.http = http;
        this.rate = rate;
        this.webhooks = webhooks;
        this.run = run;
        this.citizens = citizens;
        this.copies = copies;
        this.acknowledged = new AtomicIntegerArray(citizens);
        this.acknowledgedAt = new java.util.concurrent.atomic.AtomicLongArray(citizens);
        this.firstSentAt = new java.util.concurrent.atomic.AtomicLongArray(citizens);
    }

    /** The settings that switch the app's Zalo channel on against the stand-in. */
    static Map<String, String> environment(String platformUrl) {
        return Map.of("ZALO_APP_ID", APP_ID, "ZALO_APP_SECRET", "fault-suite-app-secret", "ZALO_OA_SECRET_KEY",
                OA_SECRET, "ZALO_REFRESH_TOKEN", "fault-suite-refresh", "ZALO_ACCESS_TOKEN", "fault-suite-access",
                "ZALO_API_BASE_URL", platformUrl, "ZALO_OAUTH_BASE_URL", platformUrl);
    }

    /**
     * Starts the senders; each future ends when its share of events is acknowledged. With a rate, event i is
     * first sent i/rate seconds after the start (an open load, as citizens write whether or not the app keeps
     * up); without one, as fast as the app acknowledges, which keeps a backlog of acknowledged, unanswered
     * events whose size is set by the app's speed, not by the fault.
     */
    List<Future<?>> start(ExecutorService senders, int threads) {
        AtomicInteger next = new AtomicInteger();
        long began = System.nanoTime();
        return java.util.stream.IntStream.range(0, threads).<Future<?>>mapToObj(t -> senders.submit(() -> {
            for (int i; (i = next.getAndIncrement()) < citizens * copies; ) {
                if (rate > 0) {
                    long wait = began + (long) (i * 1e9 / rate) - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                deliverUntilAcknowledged(i % citizens);
            }
            return null;
        })).toList();
    }

    int acknowledged() {
        return acknowledgedCount.get();
    }

    /** Citizens whose event was acknowledged by now. */
    java.util.BitSet acknowledgedNow() {
        java.util.BitSet now = new java.util.BitSet(citizens);
        for (int i = 0; i < citizens; i++) {
            if (acknowledged.get(i) == 1) {
                now.set(i);
            }
        }
        return now;
    }

    boolean wasAcknowledged(int citizen) {
        return acknowledged.get(citizen) == 1;
    }

    /** When the citizen's event was first sent (epoch ms), whether or not it was acknowledged then; 0 if not yet. */
    long firstSentAt(int citizen) {
        return firstSentAt.get(citizen);
    }

    /** When the citizen's event was first acknowledged (epoch ms), 0 if not yet. */
    long acknowledgedAt(int citizen) {
        return acknowledgedAt.get(citizen);
    }

    /** Deliveries refused (5xx, connection refused) before an acknowledgement. */
    int refusals() {
        return refusals.get();
    }

    private void deliverUntilAcknowledged(int citizen) throws InterruptedException {
        firstSentAt.compareAndSet(citizen, 0, System.currentTimeMillis());
        for (int attempt = 0; ; attempt++) {
            URI webhook = webhooks.get(Math.floorMod(citizen + attempt, webhooks.size()));
            try {
                HttpResponse<String> answer = http.send(request(webhook, citizen), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    if (acknowledged.compareAndSet(citizen, 0, 1)) {
                        acknowledgedAt.set(citizen, System.currentTimeMillis());
                        acknowledgedCount.incrementAndGet();
                    }
                    return;
                }
            } catch (java.io.IOException refusedOrReset) {
                // the instance is down: Zalo retries, the proxy tries the next instance
            }
            refusals.incrementAndGet();
            Thread.sleep(Math.min(2000, 100L * (attempt + 1)));
        }
    }

    private HttpRequest request(URI webhook, int citizen) {
        String timestamp = Long.toString(System.currentTimeMillis());
        String body = "{\"event_name\":\"user_send_text\",\"app_id\":\"" + APP_ID + "\",\"sender\":{\"id\":\""
                + USER_PREFIX + citizen + "\"},\"recipient\":{\"id\":\"3662729599332560487\"},\"message\":{\"text\":\""
                + QUESTIONS.get(citizen % QUESTIONS.size()) + "\",\"msg_id\":\"" + run + "-" + citizen
                + "\"},\"timestamp\":\"" + timestamp + "\",\"user_id_by_app\":\"979122185046046317\"}";
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-ZEvent-Signature", "mac=" + mac(raw, timestamp))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
    }

    /** Zalo's webhook MAC: SHA-256 of app id, raw body, timestamp and the OA secret key, in hex. */
    private static String mac(byte[] body, String timestamp) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(APP_ID.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            digest.update(timestamp.getBytes(StandardCharsets.UTF_8));
            digest.update(OA_SECRET.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
