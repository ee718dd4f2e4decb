package vn.gialai.dvcbot.core.redis;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A few commands written back to back on the shared connection and awaited together: one round trip, in order.
 * Spring's own pipelining takes a dedicated connection per pipeline, which costs far more than it saves here.
 * Scripts go by their SHA-1 (EVALSHA) once Redis is known to hold them, by their text (EVAL, which loads them)
 * before; a Redis that lost them (restarted, failed over) answers NOSCRIPT, and the pipeline is sent again by text.
 */
final class RedisPipeline {

    /** The scripts (constants) with their bytes and SHA-1, computed once. */
    private static final Map<String, Script> SCRIPTS = new ConcurrentHashMap<>();

    private final StringRedisTemplate redis;
    private final long timeoutMs;
    /** SHA-1s of the scripts this connection's Redis answered to. */
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();

    RedisPipeline(StringRedisTemplate redis, java.time.Duration timeout) {
        this.redis = redis;
        this.timeoutMs = timeout.toMillis();
    }

    interface Commands {
        void send(Writer writer);
    }

    private record Script(byte[] body, String sha) {

        static Script of(String text) {
            try {
                byte[] body = bytes(text);
                return new Script(body, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-1", e);
            }
        }
    }

    /** Collects the futures of the commands as they are sent (and the script of each, null for other commands). */
    static final class Writer {
        private final RedisClusterAsyncCommands<byte[], byte[]> async;
        private final Set<String> bySha;
        private final List<RedisFuture<?>> sent = new ArrayList<>();
        private final List<String> scripts = new ArrayList<>();

        private Writer(RedisClusterAsyncCommands<byte[], byte[]> async, Set<String> bySha) {
            this.async = async;
            this.bySha = bySha;
        }

        private void add(RedisFuture<?> future, String script) {
            sent.add(future);
            scripts.add(script);
        }

        void sadd(String set, String member) {
            add(async.sadd(bytes(set), bytes(member)), null);
        }

        void srem(String set, String member) {
            add(async.srem(bytes(set), bytes(member)), null);
        }

        void llen(String list) {
            add(async.llen(bytes(list)), null);
        }

        /** Redis WAIT: answers how many replicas have every write this connection made so far. */
        void waitForReplicas(int replicas, long timeoutMs) {
            add(async.waitForReplication(replicas, timeoutMs), null);
        }

        /** {@code args} are strings or, already encoded, UTF-8 byte arrays. */
        void eval(String text, ScriptOutputType type, List<String> keys, List<?> args) {
            byte[][] keyBytes = new byte[keys.size()][];
            for (int i = 0; i < keyBytes.length; i++) {
                keyBytes[i] = bytes(keys.get(i));
            }
            byte[][] argBytes = new byte[args.size()][];
            for (int i = 0; i < argBytes.length; i++) {
                argBytes[i] = args.get(i) instanceof byte[] raw ? raw : bytes((String) args.get(i));
            }
            Script script = SCRIPTS.computeIfAbsent(text, Script::of);
            add(bySha.contains(script.sha()) ? async.evalsha(script.sha(), type, keyBytes, argBytes)
                    : async.eval(script.body(), type, keyBytes, argBytes), script.sha());
        }
    }

    /** Runs the commands; returns their answers in order (bulk strings as Java strings). */
    List<Object> run(Commands commands) {
        Writer writer = send(commands, loaded);
        List<Object> answers = new ArrayList<>();
        boolean lost = false;
        boolean ran = false;
        for (int i = 0; i < writer.sent.size(); i++) {
            String script = writer.scripts.get(i);
            try {
                answers.add(strings(await(writer.sent.get(i))));
                if (script != null) {
                    loaded.add(script);
                    ran = true;
                }
            } catch (NoScript e) {
                loaded.remove(script);
                lost = true;
                answers.add(null);
            }
        }
        if (!lost) {
            return answers;
        }
        if (ran) {
            throw new RedisSystemException("Redis lost some of the app's scripts between two commands; retry", null);
        }
        // No script ran: the whole pipeline again, every script by its text.
        Writer again = send(commands, Set.of());
        List<Object> retried = new ArrayList<>();
        for (RedisFuture<?> future : again.sent) {
            retried.add(strings(await(future)));
        }
        again.scripts.stream().filter(java.util.Objects::nonNull).forEach(loaded::add);
        return retried;
    }

    @SuppressWarnings("unchecked")
    private Writer send(Commands commands, Set<String> bySha) {
        return redis.execute((RedisCallback<Writer>) connection -> {
            Writer writer = new Writer((RedisClusterAsyncCommands<byte[], byte[]>) connection.getNativeConnection(),
                    bySha);
            commands.send(writer);
            return writer;
        });
    }

    private Object await(RedisFuture<?> future) {
        try {
            return future.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisSystemException("Interrupted while waiting for Redis", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RedisNoScriptException) {
                throw new NoScript();
            }
            throw new RedisSystemException("Redis refused a pipelined command: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new QueryTimeoutException("Redis did not answer within " + timeoutMs + " ms", e);
        }
    }

    /** Redis does not hold a script sent by its SHA-1. */
    private static final class NoScript extends RuntimeException {
        NoScript() {
            super(null, null, false, false);
        }
    }

    private static Object strings(Object answer) {
        if (answer instanceof byte[] raw) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        if (answer instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(item -> converted.add(strings(item)));
            return converted;
        }
        return answer;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
