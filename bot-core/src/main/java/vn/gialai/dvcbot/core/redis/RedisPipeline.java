package vn.gialai.dvcbot.core.redis;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 */
final class RedisPipeline {

    private final StringRedisTemplate redis;
    private final long timeoutMs;

    RedisPipeline(StringRedisTemplate redis, java.time.Duration timeout) {
        this.redis = redis;
        this.timeoutMs = timeout.toMillis();
    }

    interface Commands {
        void send(Writer writer);
    }

    /** Collects the futures of the commands as they are sent. */
    static final class Writer {
        private final RedisClusterAsyncCommands<byte[], byte[]> async;
        private final List<RedisFuture<?>> sent = new ArrayList<>();

        private Writer(RedisClusterAsyncCommands<byte[], byte[]> async) {
            this.async = async;
        }

        void sadd(String set, String member) {
            sent.add(async.sadd(bytes(set), bytes(member)));
        }

        void srem(String set, String member) {
            sent.add(async.srem(bytes(set), bytes(member)));
        }

        void llen(String list) {
            sent.add(async.llen(bytes(list)));
        }

        /** Redis WAIT: answers how many replicas have every write this connection made so far. */
        void waitForReplicas(int replicas, long timeoutMs) {
            sent.add(async.waitForReplication(replicas, timeoutMs));
        }

        void eval(String script, ScriptOutputType type, List<String> keys, List<String> args) {
            sent.add(async.eval(bytes(script), type, keys.stream().map(RedisPipeline::bytes).toArray(byte[][]::new),
                    args.stream().map(RedisPipeline::bytes).toArray(byte[][]::new)));
        }
    }

    /** Runs the commands; returns their answers in order (bulk strings as Java strings). */
    @SuppressWarnings("unchecked")
    List<Object> run(Commands commands) {
        List<RedisFuture<?>> sent = redis.execute((RedisCallback<List<RedisFuture<?>>>) connection -> {
            Writer writer = new Writer((RedisClusterAsyncCommands<byte[], byte[]>) connection.getNativeConnection());
            commands.send(writer);
            return writer.sent;
        });
        List<Object> answers = new ArrayList<>();
        for (RedisFuture<?> future : sent) {
            answers.add(strings(await(future)));
        }
        return answers;
    }

    private Object await(RedisFuture<?> future) {
        try {
            return future.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisSystemException("Interrupted while waiting for Redis", e);
        } catch (ExecutionException e) {
            throw new RedisSystemException("Redis refused a pipelined command: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new QueryTimeoutException("Redis did not answer within " + timeoutMs + " ms", e);
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
