package vn.gialai.dvcbot.benchmarks.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjLongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zalo's servers as far as the app talks to them: the consultation-message send (recorded with its arrival
 * time and recipient), the profile look-up and the token refresh. Every answer is Zalo's success shape.
 */
final class ZaloStandIn implements AutoCloseable {

    private static final Pattern RECIPIENT = Pattern.compile("\"user_id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final AtomicLong sends = new AtomicLong();
    private final AtomicLong messageIds = new AtomicLong();
    private volatile ObjLongConsumer<String> onSend = (user, at) -> { };

    ZaloStandIn(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setExecutor(workers);
        server.createContext("/v3.0/oa/message/cs", this::send);
        server.createContext("/v3.0/oa/user/detail", exchange -> answer(exchange,
                "{\"error\":0,\"message\":\"Success\",\"data\":{\"display_name\":\"Người dùng thử\"}}"));
        server.createContext("/v4/oa/access_token", exchange -> answer(exchange,
                "{\"access_token\":\"bench-access\",\"refresh_token\":\"bench-refresh\",\"expires_in\":\"90000\"}"));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Called with the recipient's user id and the arrival time (nanoTime) of each message sent to them. */
    void onSend(ObjLongConsumer<String> listener) {
        onSend = listener;
    }

    long sends() {
        return sends.get();
    }

    private void send(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        String body = read(exchange.getRequestBody());
        Matcher recipient = RECIPIENT.matcher(body);
        if (recipient.find()) {
            sends.incrementAndGet();
            onSend.accept(recipient.group(1), at);
        }
        answer(exchange, "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m"
                + messageIds.incrementAndGet() + "\"}}");
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        exchange.getRequestBody().close();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
