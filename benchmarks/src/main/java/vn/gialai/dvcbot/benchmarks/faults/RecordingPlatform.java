package vn.gialai.dvcbot.benchmarks.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zalo's servers as the app sees them, recording every consultation message that reaches it (the recipient and
 * when), whatever the answer: a message that arrived counts as sent to the citizen even if the app never learnt
 * so (killed before the answer). Its behaviour can be switched to error storms or slow answers.
 */
final class RecordingPlatform implements AutoCloseable {

    enum Behaviour { ANSWERS, SERVER_ERRORS, RATE_LIMITED, SLOW }

    private static final Pattern RECIPIENT = Pattern.compile("\"user_id\"\\s*:\\s*\"([^\"]+)\"");
    static final long SLOW_ANSWER_MS = 12_000;

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final Map<String, List<Long>> sends = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong lastSendAt = new AtomicLong();
    private final AtomicLong messageIds = new AtomicLong();
    private volatile Behaviour behaviour = Behaviour.ANSWERS;

    RecordingPlatform(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(workers);
        server.createContext("/v3.0/oa/message/cs", this::send);
        server.createContext("/v3.0/oa/user/detail", exchange -> answer(exchange, 200,
                "{\"error\":0,\"message\":\"Success\",\"data\":{\"display_name\":\"Người dùng thử\"}}"));
        server.createContext("/v4/oa/access_token", exchange -> answer(exchange, 200,
                "{\"access_token\":\"fault-access\",\"refresh_token\":\"fault-refresh\",\"expires_in\":\"90000\"}"));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void behave(Behaviour next) {
        behaviour = next;
    }

    /** Consultation messages that reached the platform, per recipient, with their arrival (epoch ms). */
    Map<String, List<Long>> sends() {
        return sends;
    }

    long lastSendAt() {
        return lastSendAt.get();
    }

    /** Sends being answered right now. */
    int open() {
        return open.get();
    }

    void forget() {
        sends.clear();
        lastSendAt.set(0);
    }

    private void send(HttpExchange exchange) throws IOException {
        open.incrementAndGet();
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Behaviour now = behaviour;
            if (now == Behaviour.SERVER_ERRORS) {
                answer(exchange, 502, "<html>Bad Gateway</html>");
                return;
            }
            if (now == Behaviour.RATE_LIMITED) {
                exchange.getResponseHeaders().set("Retry-After", "2");
                answer(exchange, 429, "{\"error\":-32,\"message\":\"Exceeded request limit\"}");
                return;
            }
            Matcher recipient = RECIPIENT.matcher(body);
            if (recipient.find()) {
                long at = System.currentTimeMillis();
                sends.computeIfAbsent(recipient.group(1), user -> new CopyOnWriteArrayList<>()).add(at);
                lastSendAt.accumulateAndGet(at, Math::max);
            }
            if (now == Behaviour.SLOW) {
                Thread.sleep(SLOW_ANSWER_MS);
            }
            answer(exchange, 200, "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"f"
                    + messageIds.incrementAndGet() + "\"}}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.decrementAndGet();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/html");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // the app was killed while waiting: the message still reached the platform
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
