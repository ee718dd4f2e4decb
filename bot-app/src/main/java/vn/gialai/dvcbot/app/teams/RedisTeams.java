package vn.gialai.dvcbot.app.teams;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.TeamDuty;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.kb.communes.TeamSession;
import vn.gialai.dvcbot.kb.communes.TeamSessions;

/**
 * Keys: {@code {teams}:team:<code>} a JSON string per team, written only if its version is still the one the
 * editor read. Also what citizens' answers and the handoff's hours read: the next sessions of a team.
 */
final class RedisTeams implements Teams, TeamSessions, TeamDuty {

    private static final RedisScript<Long> SAVE = RedisScript.of("""
            local stored = redis.call('GET', KEYS[1])
            local version = 0
            if stored then version = cjson.decode(stored)['version'] end
            if version ~= tonumber(ARGV[1]) then return 0 end
            redis.call('SET', KEYS[1], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Communes communes;
    private final Clock clock;
    private final ZoneId zone;
    private final JsonMapper json = JsonMapper.builder().build();

    RedisTeams(StringRedisTemplate redis, RedisKeys keys, Communes communes, Clock clock, ZoneId zone) {
        this.redis = redis;
        this.keys = keys;
        this.communes = communes;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Team find(String code) {
        String stored = redis.opsForValue().get(key(code));
        return stored != null ? json.readValue(stored, Team.class) : fresh(code);
    }

    @Override
    public List<Team> all() {
        List<String> stored = redis.opsForValue().multiGet(communes.all().stream().map(c -> key(c.code())).toList());
        List<Commune> all = communes.all();
        return java.util.stream.IntStream.range(0, all.size())
                .mapToObj(i -> stored != null && stored.get(i) != null ? json.readValue(stored.get(i), Team.class)
                        : fresh(all.get(i).code()))
                .toList();
    }

    @Override
    public Team save(Team team, String author) {
        Team next = new Team(team.code(), team.name(), team.leader(), team.members(), sorted(team.sessions()),
                team.version() + 1, author, clock.instant());
        Long saved = redis.execute(SAVE, List.of(key(team.code())), Integer.toString(team.version()),
                json.writeValueAsString(next));
        if (saved == null || saved == 0) {
            throw new TeamConflict(team.code());
        }
        return next;
    }

    @Override
    public Optional<String> teamName(String code) {
        return communes.byCode(code).map(c -> find(code).name());
    }

    @Override
    public List<TeamSession> next(String code, int limit) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return find(code).sessions().stream().filter(s -> end(s).isAfter(now)).limit(limit).toList();
    }

    @Override
    public boolean onDuty(String communeCode, ZonedDateTime at) {
        return find(communeCode).sessions().stream().anyMatch(s -> !start(s).isAfter(at) && end(s).isAfter(at));
    }

    @Override
    public Optional<ZonedDateTime> nextStart(String communeCode, ZonedDateTime after) {
        return find(communeCode).sessions().stream().map(this::start).filter(s -> s.isAfter(after)).findFirst();
    }

    private ZonedDateTime start(TeamSession s) {
        return s.date().atTime(s.from()).atZone(zone);
    }

    private ZonedDateTime end(TeamSession s) {
        return s.date().atTime(s.to()).atZone(zone);
    }

    private static List<TeamSession> sorted(List<TeamSession> sessions) {
        return sessions.stream().sorted(Comparator.comparing(TeamSession::date).thenComparing(TeamSession::from))
                .toList();
    }

    private Team fresh(String code) {
        String name = communes.byCode(code).map(c -> defaultName(c.name())).orElse("Đội thanh niên tình nguyện");
        return new Team(code, name, null, List.of(), List.of(), 0, null, null);
    }

    /** "Xã Tuy Phước" → "Đội thanh niên tình nguyện xã Tuy Phước". */
    static String defaultName(String communeName) {
        return "Đội thanh niên tình nguyện " + Character.toLowerCase(communeName.charAt(0)) + communeName.substring(1);
    }

    private String key(String code) {
        return keys.global("{teams}:team:" + code);
    }
}
