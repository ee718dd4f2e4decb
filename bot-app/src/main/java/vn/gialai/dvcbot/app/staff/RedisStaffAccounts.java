package vn.gialai.dvcbot.app.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/** One hash per account and a set of user names; never expires (these are not citizens' data). */
final class RedisStaffAccounts implements StaffAccounts {

    private static final RedisScript<Long> CREATE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], unpack(ARGV))
            redis.call('SADD', KEYS[2], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisStaffAccounts(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Optional<StaffAccount> find(String username) {
        if (!StaffAccount.validUsername(username)) {
            return Optional.empty();
        }
        Map<Object, Object> fields = redis.opsForHash().entries(account(username));
        return fields.isEmpty() ? Optional.empty() : Optional.of(read(fields));
    }

    @Override
    public List<StaffAccount> all() {
        Set<String> names = redis.opsForSet().members(keys.global("{staff}:users"));
        List<StaffAccount> accounts = new ArrayList<>();
        for (String name : names == null ? Set.<String>of() : names) {
            find(name).ifPresent(accounts::add);
        }
        accounts.sort((a, b) -> a.username().compareTo(b.username()));
        return accounts;
    }

    @Override
    public boolean create(StaffAccount account) {
        List<String> args = new ArrayList<>();
        write(account).forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        // The script's SADD takes ARGV[2], the user name: keep "username" first.
        Long created = redis.execute(CREATE, List.of(account(account.username()), keys.global("{staff}:users")),
                args.toArray());
        return created != null && created == 1L;
    }

    @Override
    public void update(StaffAccount account) {
        redis.opsForHash().putAll(account(account.username()), write(account));
    }

    private String account(String username) {
        return keys.global("{staff}:user:" + username);
    }

    private static Map<String, String> write(StaffAccount a) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("username", a.username());
        fields.put("displayName", a.displayName());
        fields.put("passwordHash", a.passwordHash());
        fields.put("roles", a.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        fields.put("team", a.team() == null ? "" : a.team());
        fields.put("enabled", Boolean.toString(a.enabled()));
        fields.put("demo", Boolean.toString(a.demo()));
        fields.put("createdAt", Long.toString(a.createdAt().toEpochMilli()));
        fields.put("updatedAt", Long.toString(a.updatedAt().toEpochMilli()));
        return fields;
    }

    private static StaffAccount read(Map<Object, Object> raw) {
        Map<String, String> f = new HashMap<>();
        raw.forEach((k, v) -> f.put((String) k, (String) v));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(f.getOrDefault("roles", "").split(",")).filter(s -> !s.isBlank())
                .forEach(r -> roles.add(Role.valueOf(r)));
        return new StaffAccount(f.get("username"), f.get("displayName"), f.get("passwordHash"), roles, f.get("team"),
                Boolean.parseBoolean(f.get("enabled")), Boolean.parseBoolean(f.get("demo")),
                Instant.ofEpochMilli(Long.parseLong(f.getOrDefault("createdAt", "0"))),
                Instant.ofEpochMilli(Long.parseLong(f.getOrDefault("updatedAt", "0"))));
    }
}
