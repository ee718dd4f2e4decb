package vn.gialai.dvcbot.core.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who wrote a transcript message. */
public enum Sender {
    @JsonProperty("citizen") CITIZEN,
    @JsonProperty("bot") BOT,
    @JsonProperty("volunteer") VOLUNTEER
}
