package vn.gialai.dvcbot.core.handoff;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a handoff ticket stands (contracts §5). */
public enum TicketStatus {
    /** Waiting for a volunteer to claim it. */
    @JsonProperty("waiting") WAITING,
    /** A volunteer holds it under a lease that their activity renews. */
    @JsonProperty("assigned") ASSIGNED,
    /** Done; the bot answers the citizen again. */
    @JsonProperty("closed") CLOSED
}
