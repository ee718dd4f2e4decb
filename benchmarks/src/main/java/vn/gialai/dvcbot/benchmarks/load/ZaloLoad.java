package vn.gialai.dvcbot.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Signed {@code user_send_text} events from many citizens, as fast as the webhook acknowledges them. Event
 * {@code i} comes from citizen {@code i % citizens}, so one citizen's events are far apart. Replies reach a
 * citizen in order, so the k-th message the stand-in receives for a citizen answers their k-th event; that holds
 * while every event gets exactly one message, which the run checks (a split reply would send several).
 */
final class ZaloLoad {

    private static final String APP_ID = "2553928453557884079";
    private static final String OA_SECRET = "load-run-oa-secret";
    private static final String USER_PREFIX = "load";

    private final HttpClient http;
    private final URI webhook;
    private final ZaloStandIn standIn;
    private final LoadSettings settings;

    ZaloLoad(HttpClient http, String appBaseUrl, ZaloStandIn standIn, LoadSettings settings) {
        this.http = http;
        this.webhook = URI.create(appBaseUrl + "/webhooks/zalo");
        this.standIn = standIn;
        this.settings = settings;
    }

    /** The settings that switch the app's Zalo channel on against the stand-in. */
    static Map<String, String> environment(String standInUrl) {
        return Map.of("ZALO_APP_ID", APP_ID, "ZALO_APP_SECRET", "load-run-app-secret", "ZALO_OA_SECRET_KEY", OA_SECRET,
                "ZALO_REFRESH_TOKEN", "load-run-refresh", "ZALO_ACCESS_TOKEN", "load-run-access",
                "ZALO_API_BASE_URL", standInUrl, "ZALO_OAUTH_BASE_URL", standInUrl);
    }

    Result run(ExecutorService drivers) throws Exception {
        int events = settings.zaloEvents();
        AtomicLongArray sentAt = new AtomicLongArray(events);
        AtomicLongArray answeredAt = new AtomicLongArray(events);
        int citizens = Math.min(events, settings.zaloCitizens());
        AtomicIntegerArray received = new AtomicIntegerArray(citizens);
        AtomicInteger answered = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        standIn.onSend((user, at) -> {
            int citizen = indexOf(user);
            if (citizen < 0 || citizen >= citizens) {
                return;
            }
            long i = (long) received.getAndIncrement(citizen) * citizens + citizen;
            if (i < events && answeredAt.compareAndSet((int) i, 0, at)) {
                answered.incrementAndGet();
                lastAnswer.accumulateAndGet(at, Math::max);
            }
        });
        long sendsBefore = standIn.sends();
        AtomicInteger next = new AtomicInteger();
        List<Latencies> acks = new ArrayList<>();
        List<Future<Integer>> refused = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < settings.zaloSenders(); s++) {
            Latencies mine = new Latencies();
            acks.add(mine);
            refused.add(drivers.submit(() -> send(next, events, citizens, sentAt, mine)));
        }
        int notAccepted = 0;
        for (Future<Integer> f : refused) {
            notAccepted += f.get();
        }
        long sendEnd = System.nanoTime();
        long deadline = sendEnd + settings.zaloTimeout().toNanos();
        while (answered.get() < events - notAccepted && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Latencies endToEnd = new Latencies();
        for (int i = 0; i < events; i++) {
            if (answeredAt.get(i) != 0) {
                endToEnd.add(answeredAt.get(i) - sentAt.get(i));
            }
        }
        return new Result(events, citizens, notAccepted, sendEnd - start, Latencies.merge(acks), answered.get(),
                lastAnswer.get() - start, Latencies.merge(List.of(endToEnd)), standIn.sends() - sendsBefore);
    }

    private int send(AtomicInteger next, int events, int citizens, AtomicLongArray sentAt, Latencies acks)
            throws IOException, InterruptedException {
        int notAccepted = 0;
        for (int i; (i = next.getAndIncrement()) < events; ) {
            String timestamp = Long.toString(System.currentTimeMillis());
            String body = "{\"event_name\":\"user_send_text\",\"app_id\":\"" + APP_ID + "\",\"sender\":{\"id\":\""
                    + USER_PREFIX + (i % citizens) + "\"},\"recipient\":{\"id\":\"3662729599332560487\"},\"message\":{\"text\":\""
                    + Questions.pick(i) + "\",\"msg_id\":\"load-msg-" + i + "\"},\"timestamp\":\"" + timestamp
                    + "\",\"user_id_by_app\":\"979122185046046317\"}";
            byte[] raw = body.getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(webhook)
                    .header("Content-Type", "application/json")
                    .header("X-ZEvent-Signature", "mac=" + sha256(APP_ID, raw, timestamp))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                    .build();
            long t0 = System.nanoTime();
            sentAt.set(i, t0);
            HttpResponse<String> ack = http.send(request, HttpResponse.BodyHandlers.ofString());
            acks.add(System.nanoTime() - t0);
            if (ack.statusCode() != 200 || !ack.body().contains("accepted")) {
                notAccepted++;
            }
        }
        return notAccepted;
    }

    /** Zalo's webhook MAC: SHA-256 of app id, raw body, timestamp and the OA secret key, in hex. */
    private static String sha256(String appId, byte[] body, String timestamp) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(appId.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            digest.update(timestamp.getBytes(StandardCharsets.UTF_8));
            digest.update(OA_SECRET.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(String user) {
        try {
            return user.startsWith(USER_PREFIX) ? Integer.parseInt(user.substring(USER_PREFIX.length())) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    record Result(int events, int citizens, int notAccepted, long sendNanos, Latencies acks, int answered, long answerNanos,
            Latencies endToEnd, long sends) {

        String describe() {
            return String.format(Locale.ROOT, "Zalo, %d events from %d citizens: acknowledged %.0f/s (%d not accepted),"
                    + " ack p50 %.1f ms, p99 %.1f ms; answered %d end to end at %.0f/s, end-to-end p50 %.1f ms,"
                    + " p99 %.1f ms; %d messages at the stand-in%s",
                    events, citizens, events / (sendNanos / 1e9), notAccepted, acks.percentileMs(50),
                    acks.percentileMs(99), answered, answered / (answerNanos / 1e9), endToEnd.percentileMs(50),
                    endToEnd.percentileMs(99), sends,
                    sends == answered ? "" : " (not one message per event: end-to-end times are approximate)");
        }
    }
}
