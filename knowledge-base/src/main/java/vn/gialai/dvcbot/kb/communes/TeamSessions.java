package vn.gialai.dvcbot.kb.communes;

import java.util.List;
import java.util.Optional;

/** Where the volunteer teams' schedules come from (the console keeps them); none without one. */
public interface TeamSessions {

    TeamSessions NONE = new TeamSessions() {
        @Override
        public Optional<String> teamName(String code) {
            return Optional.empty();
        }

        @Override
        public List<TeamSession> next(String code, int limit) {
            return List.of();
        }
    };

    /** The name of a commune's team, empty when it has none yet. */
    Optional<String> teamName(String code);

    /** The team's coming sessions from today on, soonest first. */
    List<TeamSession> next(String code, int limit);
}
