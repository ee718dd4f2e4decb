package vn.gialai.dvcbot.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP requests that ordinary clients will not send: a declared length the client never sends in full (to show
 * the server answered without reading the body), or a body streamed until the server hangs up.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What came back, and how many body bytes the client got out before the server answered or hung up. */
    public record Answer(int status, String head, long bytesSent) {
    }

    /**
     * Sends the request line and headers (plus {@code Content-Length: declared}), then up to {@code send} body
     * bytes in 64 KB pieces on another thread, and reads the status line; at most 10 s.
     */
    public static Answer post(int port, String path, Map<String, String> headers, long declared, long send)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(declared).append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long[] sent = {0};
            Thread writer = new Thread(() -> {
                byte[] piece = new byte[64 * 1024];
                try {
                    while (sent[0] < send) {
                        int n = (int) Math.min(piece.length, send - sent[0]);
                        out.write(piece, 0, n);
                        sent[0] += n;
                    }
                    out.flush();
                } catch (IOException e) {
                    // The server answered and hung up: what this is about.
                }
            }, "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            String response = readHead(socket.getInputStream());
            socket.close();
            writer.join(10_000);
            return new Answer(Integer.parseInt(response.split(" ", 3)[1]), response, sent[0]);
        }
    }

    /** A GET with a request target sent as it is, even one ordinary clients refuse to send (e.g. {@code ?q=%ZZ}). */
    public static Answer get(int port, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = readHead(socket.getInputStream());
            return new Answer(Integer.parseInt(response.split(" ", 3)[1]), response, 0);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
