package vn.gialai.dvcbot.core.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Lua scripts kept as resource files beside this package ({@code redis/<folder>/<name>.lua}), each with its keys
 * and arguments named and documented at its top. Read once, when the adapter class is loaded; Spring then runs
 * them by their SHA-1, so Redis receives the text only the first time.
 */
final class RedisLuaScript {

    private RedisLuaScript() {
    }

    /** The files' texts joined in order (a shared head such as a helper function first), as one script. */
    static <T> RedisScript<T> load(Class<T> resultType, String... files) {
        StringBuilder text = new StringBuilder();
        for (String file : files) {
            text.append(read(file)).append('\n');
        }
        return RedisScript.of(text.toString(), resultType);
    }

    private static String read(String file) {
        try (InputStream in = RedisLuaScript.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Lua script " + file + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Lua script " + file, e);
        }
    }
}
