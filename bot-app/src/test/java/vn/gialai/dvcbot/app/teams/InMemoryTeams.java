package vn.gialai.dvcbot.app.teams;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.gialai.dvcbot.core.handoff.Communes;

/** Teams in a map: what web slices use where the app keeps them in Redis; same versions and default names. */
final class InMemoryTeams implements Teams {

    private final Communes communes;
    private final Clock clock;
    private final Map<String, Team> saved = new ConcurrentHashMap<>();

    InMemoryTeams(Communes communes, Clock clock) {
        this.communes = communes;
        this.clock = clock;
    }

    @Override
    public Team find(String code) {
        return saved.getOrDefault(code, new Team(code, communes.byCode(code)
                .map(c -> RedisTeams.defaultName(c.name())).orElse("Đội thanh niên tình nguyện"), null, List.of(),
                List.of(), 0, null, null));
    }

    @Override
    public List<Team> all() {
        return communes.all().stream().map(c -> find(c.code())).toList();
    }

    @Override
    public synchronized Team save(Team team, String author) {
        if (find(team.code()).version() != team.version()) {
            throw new TeamConflict(team.code());
        }
        Team next = new Team(team.code(), team.name(), team.leader(), team.members(), team.sessions(),
                team.version() + 1, author, clock.instant());
        saved.put(team.code(), next);
        return next;
    }

    void clear() {
        saved.clear();
    }
}
