package vn.gialai.dvcbot.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The citizen's side of the web chat API: open a session, send a message, get the replies. */
final class WebChatClient {

    private static final Pattern SESSION = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String baseUrl;

    WebChatClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** A new session's id, or null when the app refused. */
    String openSession() throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(post("/api/webchat/sessions", "{}"),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = SESSION.matcher(created.body());
        return created.statusCode() == 201 && id.find() ? id.group(1) : null;
    }

    /** Sends one text; true when the app answered it with at least one reply. */
    boolean send(String sessionId, String text) throws IOException, InterruptedException {
        String body = "{\"text\":\"" + text + "\",\"messageId\":\"" + UUID.randomUUID() + "\"}";
        HttpResponse<String> answer = http.send(post("/api/webchat/sessions/" + sessionId + "/messages", body),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 && answer.body().contains("\"replies\":[{");
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
