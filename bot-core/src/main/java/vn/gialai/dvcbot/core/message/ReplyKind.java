package vn.gialai.dvcbot.core.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a reply is, as the web chat contract names it. */
public enum ReplyKind {
    /** An answer from a knowledge-base entry. */
    @JsonProperty("answer") ANSWER,
    /** Several likely entries offered as choices. */
    @JsonProperty("clarify") CLARIFY,
    /** The bot does not know; it says so and offers a person. */
    @JsonProperty("fallback") FALLBACK,
    /** About talking to a volunteer. */
    @JsonProperty("handoff") HANDOFF,
    /** Menus, prompts, notices and messages written by people. */
    @JsonProperty("info") INFO
}
