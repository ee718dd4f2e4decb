package vn.gialai.dvcbot.core.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who wrote a transcript message. */
public enum Sender {
    @JsonProperty("citizen") CITIZEN,
    @JsonProperty("bot") BOT,
    @JsonProperty("volunteer") VOLUNTEER
}
