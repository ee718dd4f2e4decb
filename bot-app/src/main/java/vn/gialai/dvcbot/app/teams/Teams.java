package vn.gialai.dvcbot.app.teams;

import java.util.List;

/** Where the teams are kept. */
interface Teams {

    /** The team of a commune: as saved, or a new one with the default name when nobody saved it yet. */
    Team find(String code);

    /** Every commune's team, in the order of the commune list. */
    List<Team> all();

    /**
     * Saves a new version of a team.
     *
     * @throws TeamConflict when {@code team.version()} is not the version stored any more
     */
    Team save(Team team, String author);

    /** Someone saved the team since it was read. */
    final class TeamConflict extends RuntimeException {
        TeamConflict(String code) {
            super("Team " + code + " changed since it was read");
        }
    }
}
