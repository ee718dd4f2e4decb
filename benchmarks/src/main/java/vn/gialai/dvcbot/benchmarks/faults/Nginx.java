package vn.gialai.dvcbot.benchmarks.faults;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The distribution's nginx in front of the app instances, configured as deploy/nginx.conf configures its webhook
 * location: any instance serves a webhook, and one that refuses the connection, times out or answers 502/503/504
 * is skipped for the next (a POST too: a repeated event is dropped by its message id). Zalo then sees one
 * address; an instance killed behind it shows only as the requests nginx could not place anywhere.
 */
final class Nginx implements AutoCloseable {

    private final Path dir;
    private final int port;
    private Process process;

    private Nginx(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static Nginx start(Path dir, int port, List<Integer> instancePorts) throws Exception {
        Nginx nginx = new Nginx(Files.createDirectories(dir), port);
        nginx.launch(instancePorts);
        return nginx;
    }

    URI webhook() {
        return URI.create("http://127.0.0.1:" + port + "/webhooks/zalo");
    }

    private void launch(List<Integer> instancePorts) throws Exception {
        Files.createDirectories(dir.resolve("temp"));
        String servers = instancePorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        // Run as root (a container, this machine), the workers would otherwise switch to nobody, who cannot
        // write the temporary folders under the work folder.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        String conf = user + """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    upstream dvcbot_any {
                %2$s
                        keepalive 32;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_connect_timeout 2s;
                        proxy_read_timeout 30s;
                        location /webhooks/ {
                            proxy_pass http://dvcbot_any;
                            proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;
                        }
                        location = /nginx-health { return 200 "ok\\n"; }
                    }
                }
                """.formatted(dir, servers, port);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        process = new ProcessBuilder("nginx", "-p", dir.toString(), "-c", file.toString(), "-e",
                dir.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        RedisSetUp.awaitUntil("nginx on " + port, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped; see " + dir.resolve("error.log"));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
