package vn.gialai.dvcbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for API tests: what a browser or platform would send, and the raw status back. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final String base;

    public Http(int port) {
        this(port, false);
    }

    /** With {@code cookies}, the client keeps a session like a browser (for the login page and consoles). */
    public Http(int port, boolean cookies) {
        this.base = "http://127.0.0.1:" + port;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (cookies) {
            builder.cookieHandler(new java.net.CookieManager());
        }
        this.client = builder.build();
    }

    /** Posts an HTML form, as a browser does. */
    public Response postForm(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return post(path, body.toString(), Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    /** The CSRF token a page put in its forms or meta tags. */
    public static String csrfToken(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?:name=\"_csrf\" value|name=\"csrf-token\" content)=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF token on the page");
        }
        return m.group(1);
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    /** The headers of an HTTP Basic login, plus a JSON content type for request bodies. */
    public static Map<String, String> basic(String username, String password) {
        String token = java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Map.of("Authorization", "Basic " + token, "Content-Type", "application/json");
    }

    public Response post(String path, String body) {
        return post(path, body, Map.of("Content-Type", "application/json"));
    }

    public Response post(String path, String body, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), headers);
    }

    public Response put(String path, String body, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), headers);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private Response send(HttpRequest.Builder builder, Map<String, String> headers) {
        headers.forEach(builder::header);
        try {
            HttpResponse<String> response = client.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
